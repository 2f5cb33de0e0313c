#!/usr/bin/env python3
"""Check a `tmi export` output with the Python stack that will train on it.

Loads every exported file with HuggingFace `datasets` (JSONL or Parquet), checks its record count
and SHA-256 against export.json, and that every conversation ends with the assistant's answer.
With --tokenizer (a model directory or hub id, e.g. Qwen/Qwen2.5-7B), it also renders each
conversation with the tokenizer's own chat template and checks that the prompt part equals the
generation prompt a server (vLLM) builds, so the assistant turn is exactly what is trained on.

    pip install datasets pyarrow            # plus transformers for --tokenizer
    python3 recipes/check_export.py data/tmi-export/s-only [--tokenizer Qwen/Qwen2.5-7B] [--limit 100]

Not run by TMI's tests (they must not need Python packages); TMI's Java tests read every format
back themselves.
"""
import argparse
import hashlib
import json
import os
import sys


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def conversation(fmt, row):
    """The messages of one record, whatever the format."""
    if fmt in ("messages", "xtuner", "trl-messages", "parquet"):
        return [{"role": m["role"], "content": m["content"]} for m in row["messages"]]
    if fmt == "alpaca":
        msgs = [{"role": "system", "content": row["system"]}] if row.get("system") else []
        user = row["instruction"] + ("\n" + row["input"] if row.get("input") else "")
        return msgs + [{"role": "user", "content": user}, {"role": "assistant", "content": row["output"]}]
    if fmt == "sharegpt":
        msgs = [{"role": "system", "content": row["system"]}] if row.get("system") else []
        roles = {"human": "user", "gpt": "assistant", "system": "system"}
        return msgs + [{"role": roles[t["from"]], "content": t["value"]} for t in row["conversations"]]
    if fmt == "trl-prompt-completion":
        if isinstance(row["prompt"], str):
            return [{"role": "user", "content": row["prompt"]}, {"role": "assistant", "content": row["completion"]}]
        return list(row["prompt"]) + list(row["completion"])
    raise SystemExit("unknown format " + fmt)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export_dir")
    ap.add_argument("--tokenizer", help="model directory or hub id whose chat template to apply")
    ap.add_argument("--limit", type=int, default=200, help="records per file to render (default 200)")
    args = ap.parse_args()
    from datasets import load_dataset

    manifest = json.load(open(os.path.join(args.export_dir, "export.json")))
    fmt = manifest["format"]
    tok = None
    if args.tokenizer:
        from transformers import AutoTokenizer
        tok = AutoTokenizer.from_pretrained(args.tokenizer)
    bad = 0
    for f in manifest["files"]:
        path = os.path.join(args.export_dir, f["path"])
        problems = []
        if sha256(path) != f["sha256"]:
            problems.append("sha256 differs from export.json")
        kind = "parquet" if path.endswith(".parquet") else "json"
        ds = load_dataset(kind, data_files=path, split="train")
        if len(ds) != f["count"]:
            problems.append("%d records, export.json says %d" % (len(ds), f["count"]))
        for i, row in enumerate(ds):
            if i >= args.limit:
                break
            msgs = conversation(fmt, row)
            if msgs[-1]["role"] != "assistant" or "\\boxed{" not in msgs[-1]["content"]:
                problems.append("record %d does not end with a boxed assistant answer" % i)
                break
            if tok is not None:
                full = tok.apply_chat_template(msgs, tokenize=False)
                prompt = tok.apply_chat_template(msgs[:-1], tokenize=False, add_generation_prompt=True)
                if not full.startswith(prompt + msgs[-1]["content"]):
                    problems.append("record %d: the chat template does not put the answer right after"
                                    " the generation prompt" % i)
                    break
        status = "ok" if not problems else "FAIL: " + "; ".join(problems)
        bad += bool(problems)
        print("%-40s %8d  %s" % (f["path"], len(ds), status))
    print("%d files, %d with problems" % (len(manifest["files"]), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
