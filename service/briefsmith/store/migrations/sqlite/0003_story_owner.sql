-- Stories belong to whoever made them (an API key's owner_id, a Slack workspace), like
-- briefs: another key reading one gets 404. Stories made before have no owner.
ALTER TABLE stories ADD COLUMN owner TEXT;
