# One image for both roles of the multi-host layout (docker-compose.yml): the HTTP API
# (`brief serve`) and batch workers (`brief worker`). Not built in CI (no Docker there).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md manifest.yml ./
COPY service ./service
COPY evals ./evals
COPY prompts ./prompts
COPY seeds ./seeds
RUN pip install .

RUN useradd --create-home --uid 10001 briefsmith
USER briefsmith

EXPOSE 8000
CMD ["brief", "serve", "--host", "0.0.0.0", "--port", "8000"]
