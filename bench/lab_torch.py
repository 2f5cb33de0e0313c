#!/usr/bin/env python3
"""Python PyTorch reference for bench/lab.sh: the same model and step as TMI's lab.

A pre-norm decoder-only transformer with RoPE, tied embeddings, GELU MLP, a fused qkv projection
and an explicit causal mask (as the Java code builds it), trained with AdamW and gradient
clipping on random tokens. Prints one JSON line like dev.tmi.lab.bench.TrainBench.
"""
import json
import math
import resource
import sys
import time

import torch
import torch.nn.functional as F


class Block(torch.nn.Module):
    def __init__(self, d, h, mlp):
        super().__init__()
        self.h = h
        self.ln1 = torch.nn.LayerNorm(d)
        self.qkv = torch.nn.Linear(d, 3 * d)
        self.o = torch.nn.Linear(d, d)
        self.ln2 = torch.nn.LayerNorm(d)
        self.w1 = torch.nn.Linear(d, mlp * d)
        self.w2 = torch.nn.Linear(mlp * d, d)

    def forward(self, x, cos, sin, bias):
        b, t, d = x.shape
        dh = d // self.h
        qkv = self.qkv(self.ln1(x)).reshape(b, t, 3, self.h, dh).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        q, k = rope(q, cos, sin), rope(k, cos, sin)
        att = (q @ k.transpose(-1, -2)) * (1.0 / math.sqrt(dh)) + bias
        y = att.softmax(-1) @ v
        x = x + self.o(y.transpose(1, 2).reshape(b, t, d))
        return x + self.w2(F.gelu(self.w1(self.ln2(x))))


def rope(x, cos, sin):
    half = x.shape[-1] // 2
    x1, x2 = x[..., :half], x[..., half:]
    return torch.cat([x1 * cos - x2 * sin, x1 * sin + x2 * cos], -1)


class Model(torch.nn.Module):
    def __init__(self, vocab, layers, d, h, mlp, max_len):
        super().__init__()
        self.emb = torch.nn.Embedding(vocab, d)
        self.blocks = torch.nn.ModuleList([Block(d, h, mlp) for _ in range(layers)])
        self.lnf = torch.nn.LayerNorm(d)
        dh = d // h
        pos = torch.arange(max_len).float()[:, None]
        inv = torch.pow(10000.0, -2.0 * torch.arange(dh // 2).float() / dh)[None, :]
        self.register_buffer("cos", torch.cos(pos * inv))
        self.register_buffer("sin", torch.sin(pos * inv))

    def forward(self, tokens):
        t = tokens.shape[1]
        x = self.emb(tokens)
        pos = torch.arange(t).float()
        dist = pos[:, None] - pos[None, :]
        bias = (dist < 0).float() * -1e9
        for blk in self.blocks:
            x = blk(x, self.cos[:t], self.sin[:t], bias)
        return self.lnf(x) @ self.emb.weight.t()


def main():
    layers, d, h, batch, length, warmup, steps = (int(a) for a in sys.argv[1:8])
    threads = int(sys.argv[8]) if len(sys.argv) > 8 else torch.get_num_threads()
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    vocab = 64
    model = Model(vocab, layers, d, h, 4, max(512, length + 1))
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3, betas=(0.9, 0.98), weight_decay=0.01)
    data = torch.randint(4, vocab, (batch, length + 1))
    x, y = data[:, :-1], data[:, 1:]
    t0 = 0.0
    for step in range(warmup + steps):
        if step == warmup:
            t0 = time.perf_counter()
        logits = model(x)
        loss = F.cross_entropy(logits.reshape(-1, vocab), y.reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
    secs = time.perf_counter() - t0
    params = sum(p.numel() for p in model.parameters())
    print(json.dumps({
        "impl": "torch-" + torch.__version__, "params": params, "layers": layers, "d": d,
        "heads": h, "batch": batch, "length": length, "steps": steps, "threads": threads,
        "seconds": round(secs, 2), "tokens_per_s": round(steps * batch * length / secs),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }))


if __name__ == "__main__":
    main()
