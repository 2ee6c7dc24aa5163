"""Eval data shipped with briefsmith (installed as `briefsmith.eval_data`): references of
the seed articles, the general and news datasets, story references and the committed
baselines. The harness itself is `briefsmith.evals` (service/briefsmith/evals/)."""
