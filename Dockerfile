# The Incident Desk app: `assistant serve` by default; compose.yaml also runs `assistant ingest` and copies the model
# file out of it. Build: docker build -t incident-desk:local .
FROM python:3.11-slim

# llama-cpp-python is one of the app's pinned dependencies and compiles from source.
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential cmake \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
# torch first and alone, the CPU build: PyPI's Linux x86_64 torch wheel brings gigabytes of CUDA libraries the app never
# uses (the embedder runs on the CPU); PyTorch's own CPU index has the same release without them.
RUN pip install --no-cache-dir --index-url https://download.pytorch.org/whl/cpu torch==2.13.0
COPY pyproject.toml README.md ./
COPY assistant/ assistant/
COPY prompts/ prompts/
# GGML_NATIVE=OFF: an image runs on other CPUs than the one that built it, so no -march=native (which would also turn
# on the AMX kernels the Makefile leaves out).
RUN CMAKE_ARGS="-DGGML_NATIVE=OFF" pip install --no-cache-dir ".[models]"

# Prompts live beside the package, not in it: a non-editable install must be told where. Nothing phones home.
ENV DESK_PROMPTS_DIR=/app/prompts \
    DESK_CACHE_DIR=/opt/desk/cache \
    DESK_DATA_DIR=/var/lib/desk \
    HF_HUB_OFFLINE=1 \
    GRADIO_ANALYTICS_ENABLED=False \
    ANONYMIZED_TELEMETRY=False
# Join the default preset's GGUF parts and check their sha256 at build time; the LLM server gets the file from here.
RUN assistant models

RUN useradd --create-home --uid 1000 desk && mkdir -p /var/lib/desk && chown desk /var/lib/desk
USER desk
EXPOSE 7860
# Off loopback `serve` insists on a login: compose.yaml passes DESK_UI_AUTH_FILE.
CMD ["assistant", "serve", "--host", "0.0.0.0", "--port", "7860"]
