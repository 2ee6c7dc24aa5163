"""The use cases every surface goes through: fetch and clean an article, brief it with
an engine, ground it, store it (`BriefService`), and brief a story of several articles.
Imports core, config, engines and store; never a surface."""
