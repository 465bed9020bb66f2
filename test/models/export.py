#!/usr/bin/env python3
"""Exports small attention graphs from PyTorch to linalg-on-tensors MLIR.

Each model below is written the way its reference implementation spells
attention (Hugging Face eager attention with `repeat_kv`, Mistral's sliding
window, Falcon's multi-query attention, a plain multi-head block,
`scaled_dot_product_attention(enable_gqa=True)` and a DeciLM-style decoder
with a different number of key/value heads per layer). The dimensions are
small so that the committed `.mlir` files stay readable and the weights,
which torch-mlir folds into constants, stay small.

Usage (CPU only; needs `torch`, `torch-mlir` and `numpy` from PyPI):

    python3 test/models/export.py [--out-dir test/models] [--only NAME]

See test/models/README.md.
"""

import argparse
import math
import os
import sys

import torch
import torch.nn.functional as F
from torch import nn

from torch_mlir import fx

BATCH = 2
SEQ = 8
HIDDEN = 64
HEAD_DIM = 8


def rotate_half(x):
    """Hugging Face `rotate_half`."""
    x1 = x[..., : x.shape[-1] // 2]
    x2 = x[..., x.shape[-1] // 2 :]
    return torch.cat((-x2, x1), dim=-1)


def apply_rotary_pos_emb(q, k, cos, sin):
    """Hugging Face `apply_rotary_pos_emb` with `unsqueeze_dim = 1`."""
    cos = cos.unsqueeze(1)
    sin = sin.unsqueeze(1)
    q_embed = (q * cos) + (rotate_half(q) * sin)
    k_embed = (k * cos) + (rotate_half(k) * sin)
    return q_embed, k_embed


def repeat_kv(hidden_states, n_rep):
    """Hugging Face `repeat_kv`: (B, Hkv, S, D) -> (B, Hkv * n_rep, S, D)."""
    batch, num_key_value_heads, slen, head_dim = hidden_states.shape
    if n_rep == 1:
        return hidden_states
    hidden_states = hidden_states[:, :, None, :, :].expand(
        batch, num_key_value_heads, n_rep, slen, head_dim
    )
    return hidden_states.reshape(batch, num_key_value_heads * n_rep, slen, head_dim)


class RotaryEmbedding(nn.Module):
    """Hugging Face `LlamaRotaryEmbedding` (default rope type)."""

    def __init__(self, head_dim, base=10000.0):
        super().__init__()
        inv_freq = 1.0 / (
            base ** (torch.arange(0, head_dim, 2, dtype=torch.int64).float() / head_dim)
        )
        self.register_buffer("inv_freq", inv_freq)

    def forward(self, x, position_ids):
        inv_freq_expanded = (
            self.inv_freq[None, :, None].float().expand(position_ids.shape[0], -1, 1)
        )
        position_ids_expanded = position_ids[:, None, :].float()
        freqs = (inv_freq_expanded.float() @ position_ids_expanded.float()).transpose(
            1, 2
        )
        emb = torch.cat((freqs, freqs), dim=-1)
        return emb.cos().to(x.dtype), emb.sin().to(x.dtype)


def causal_mask(seq, dtype, sliding_window=None, past=0):
    """The additive mask of Hugging Face's eager path: 0 where a query may
    attend a key, the dtype's lowest value elsewhere. With `sliding_window`,
    Mistral's rule: at most `sliding_window` keys, the current one included.
    With `past` cached keys, query row i sits at position past + i."""
    cache_position = torch.arange(past, past + seq)
    kv_idx = torch.arange(past + seq)
    allowed = kv_idx[None, :] <= cache_position[:, None]
    if sliding_window is not None:
        allowed = allowed & (kv_idx[None, :] > cache_position[:, None] - sliding_window)
    min_dtype = torch.finfo(dtype).min
    return torch.where(allowed, 0.0, min_dtype).to(dtype)[None, None, :, :]


class LlamaAttention(nn.Module):
    """Hugging Face `LlamaAttention` with `eager_attention_forward`."""

    def __init__(self, num_heads, num_kv_heads, sliding_window=None):
        super().__init__()
        self.num_heads = num_heads
        self.num_kv_heads = num_kv_heads
        self.num_key_value_groups = num_heads // num_kv_heads
        self.scaling = HEAD_DIM**-0.5
        self.sliding_window = sliding_window
        self.q_proj = nn.Linear(HIDDEN, num_heads * HEAD_DIM, bias=False)
        self.k_proj = nn.Linear(HIDDEN, num_kv_heads * HEAD_DIM, bias=False)
        self.v_proj = nn.Linear(HIDDEN, num_kv_heads * HEAD_DIM, bias=False)
        self.o_proj = nn.Linear(num_heads * HEAD_DIM, HIDDEN, bias=False)
        self.rotary_emb = RotaryEmbedding(HEAD_DIM)

    def forward(self, hidden_states, past_key=None, past_value=None):
        bsz, q_len, _ = hidden_states.shape
        past = 0 if past_key is None else past_key.shape[2]
        position_ids = torch.arange(past, past + q_len)[None, :].expand(bsz, -1)
        hidden_shape = (bsz, q_len, -1, HEAD_DIM)
        query_states = self.q_proj(hidden_states).view(hidden_shape).transpose(1, 2)
        key_states = self.k_proj(hidden_states).view(hidden_shape).transpose(1, 2)
        value_states = self.v_proj(hidden_states).view(hidden_shape).transpose(1, 2)
        cos, sin = self.rotary_emb(value_states, position_ids)
        query_states, key_states = apply_rotary_pos_emb(query_states, key_states, cos, sin)
        if past_key is not None:
            # The KV cache: earlier keys and values in front of the new ones.
            key_states = torch.cat([past_key, key_states], dim=2)
            value_states = torch.cat([past_value, value_states], dim=2)

        key_states = repeat_kv(key_states, self.num_key_value_groups)
        value_states = repeat_kv(value_states, self.num_key_value_groups)
        attn_weights = torch.matmul(query_states, key_states.transpose(2, 3)) * self.scaling
        attn_weights = attn_weights + causal_mask(
            q_len, hidden_states.dtype, self.sliding_window, past
        )
        attn_weights = F.softmax(attn_weights, dim=-1, dtype=torch.float32).to(
            query_states.dtype
        )
        attn_output = torch.matmul(attn_weights, value_states)
        attn_output = attn_output.transpose(1, 2).contiguous()
        attn_output = attn_output.reshape(bsz, q_len, -1)
        return self.o_proj(attn_output)


class FalconMQAAttention(nn.Module):
    """Falcon-7B style multi-query attention: one fused QKV projection, a
    single key/value head that `matmul` broadcasts over the query heads, and a
    boolean causal mask applied with `masked_fill(-inf)`."""

    def __init__(self, num_heads):
        super().__init__()
        self.num_heads = num_heads
        self.query_key_value = nn.Linear(HIDDEN, (num_heads + 2) * HEAD_DIM, bias=False)
        self.dense = nn.Linear(num_heads * HEAD_DIM, HIDDEN, bias=False)

    def forward(self, hidden_states):
        bsz, q_len, _ = hidden_states.shape
        fused = self.query_key_value(hidden_states).view(
            bsz, q_len, self.num_heads + 2, HEAD_DIM
        )
        query = fused[:, :, :-2].transpose(1, 2)
        key = fused[:, :, [-2]].transpose(1, 2)
        value = fused[:, :, [-1]].transpose(1, 2)
        scores = query @ key.transpose(-1, -2) / math.sqrt(HEAD_DIM)
        mask = torch.ones(q_len, q_len, dtype=torch.bool).triu(diagonal=1)
        scores = scores.masked_fill(mask, float("-inf"))
        probs = F.softmax(scores, dim=-1)
        out = (probs @ value).transpose(1, 2).reshape(bsz, q_len, -1)
        return self.dense(out)


class MHAAttention(nn.Module):
    """GPT-style multi-head attention with a key-padding mask given as an
    additive bias input of shape (B, 1, 1, S) and no causal mask."""

    def __init__(self, num_heads):
        super().__init__()
        self.num_heads = num_heads
        self.qkv = nn.Linear(HIDDEN, 3 * num_heads * HEAD_DIM, bias=True)
        self.out = nn.Linear(num_heads * HEAD_DIM, HIDDEN, bias=True)

    def forward(self, hidden_states, attention_mask):
        bsz, q_len, _ = hidden_states.shape
        q, k, v = self.qkv(hidden_states).split(self.num_heads * HEAD_DIM, dim=-1)
        q = q.view(bsz, q_len, self.num_heads, HEAD_DIM).transpose(1, 2)
        k = k.view(bsz, q_len, self.num_heads, HEAD_DIM).transpose(1, 2)
        v = v.view(bsz, q_len, self.num_heads, HEAD_DIM).transpose(1, 2)
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(HEAD_DIM)
        scores = scores + attention_mask
        probs = F.softmax(scores, dim=-1)
        out = torch.matmul(probs, v).transpose(1, 2).reshape(bsz, q_len, -1)
        return self.out(out)


class SdpaGQA(nn.Module):
    """`scaled_dot_product_attention(..., is_causal=True, enable_gqa=True)` on
    projected heads, as a model calling the fused PyTorch API would."""

    def __init__(self, num_heads, num_kv_heads):
        super().__init__()
        self.num_heads = num_heads
        self.num_kv_heads = num_kv_heads
        self.q_proj = nn.Linear(HIDDEN, num_heads * HEAD_DIM, bias=False)
        self.k_proj = nn.Linear(HIDDEN, num_kv_heads * HEAD_DIM, bias=False)
        self.v_proj = nn.Linear(HIDDEN, num_kv_heads * HEAD_DIM, bias=False)

    def forward(self, hidden_states):
        bsz, q_len, _ = hidden_states.shape
        q = self.q_proj(hidden_states).view(bsz, q_len, -1, HEAD_DIM).transpose(1, 2)
        k = self.k_proj(hidden_states).view(bsz, q_len, -1, HEAD_DIM).transpose(1, 2)
        v = self.v_proj(hidden_states).view(bsz, q_len, -1, HEAD_DIM).transpose(1, 2)
        out = F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)
        return out.transpose(1, 2).reshape(bsz, q_len, -1)


class RMSNorm(nn.Module):
    def __init__(self, dim, eps=1e-6):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))
        self.eps = eps

    def forward(self, x):
        variance = x.pow(2).mean(-1, keepdim=True)
        return self.weight * (x * torch.rsqrt(variance + self.eps))


class DeciDecoderLayer(nn.Module):
    """A Llama decoder layer (pre-norm attention and SwiGLU MLP) whose
    attention has its own number of key/value heads, as in DeciLM."""

    def __init__(self, num_heads, num_kv_heads):
        super().__init__()
        self.input_layernorm = RMSNorm(HIDDEN)
        self.self_attn = LlamaAttention(num_heads, num_kv_heads)
        self.post_attention_layernorm = RMSNorm(HIDDEN)
        self.gate_proj = nn.Linear(HIDDEN, 2 * HIDDEN, bias=False)
        self.up_proj = nn.Linear(HIDDEN, 2 * HIDDEN, bias=False)
        self.down_proj = nn.Linear(2 * HIDDEN, HIDDEN, bias=False)

    def forward(self, x):
        x = x + self.self_attn(self.input_layernorm(x))
        h = self.post_attention_layernorm(x)
        return x + self.down_proj(F.silu(self.gate_proj(h)) * self.up_proj(h))


class DeciLM2Layer(nn.Module):
    """Two decoder layers: 8 query heads over 2 key/value heads (G = 4), then
    over 4 key/value heads (G = 2)."""

    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([DeciDecoderLayer(8, 2), DeciDecoderLayer(8, 4)])

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


def hidden():
    return torch.randn(BATCH, SEQ, HIDDEN)


def padding_bias():
    mask = torch.zeros(BATCH, 1, 1, SEQ)
    mask[1, :, :, SEQ - 2 :] = torch.finfo(torch.float32).min
    return mask


# name -> (what it is, module factory, example inputs factory)
MODELS = {
    "llama_gqa": (
        "Llama-style attention block, 8 query heads over 2 KV heads (G = 4), "
        "RoPE, repeat_kv, eager softmax, causal mask",
        lambda: LlamaAttention(8, 2),
        lambda: (hidden(),),
    ),
    "llama_chunked_prefill": (
        "Llama-style attention block on a chunk of 4 tokens after 4 cached "
        "ones (KV cache inputs concatenated in front), G = 4",
        lambda: LlamaAttention(8, 2),
        lambda: (
            torch.randn(BATCH, SEQ // 2, HIDDEN),
            torch.randn(BATCH, 2, SEQ // 2, HEAD_DIM),
            torch.randn(BATCH, 2, SEQ // 2, HEAD_DIM),
        ),
    ),
    "mistral_sliding_window": (
        "Mistral-style attention block, G = 4, sliding window of 4 keys",
        lambda: LlamaAttention(8, 2, sliding_window=4),
        lambda: (hidden(),),
    ),
    "falcon_mqa": (
        "Falcon-style multi-query attention, 8 query heads over 1 KV head",
        lambda: FalconMQAAttention(8),
        lambda: (hidden(),),
    ),
    "mha": (
        "multi-head attention, 8 heads, additive key-padding mask input",
        lambda: MHAAttention(8),
        lambda: (hidden(), padding_bias()),
    ),
    "sdpa_enable_gqa": (
        "scaled_dot_product_attention(is_causal=True, enable_gqa=True), G = 4",
        lambda: SdpaGQA(8, 2),
        lambda: (hidden(),),
    ),
    "decilm_2layer": (
        "2-layer DeciLM-style decoder: G = 4 in layer 0, G = 2 in layer 1",
        lambda: DeciLM2Layer(),
        lambda: (hidden(),),
    ),
}


def export(name, out_dir):
    summary, make_model, make_inputs = MODELS[name]
    torch.manual_seed(0)
    model = make_model().eval()
    inputs = make_inputs()
    module = fx.export_and_import(
        model, *inputs, output_type="linalg-on-tensors", func_name="forward"
    )
    path = os.path.join(out_dir, name + ".mlir")
    with open(path, "w") as f:
        f.write("// Generated by test/models/export.py from PyTorch %s and torch-mlir; "
                "do not edit.\n" % torch.__version__.split("+")[0])
        f.write("// %s.\n" % summary)
        f.write(str(module))
    print("wrote", path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out-dir", default=os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--only", choices=sorted(MODELS), action="append")
    args = parser.parse_args()
    for name in args.only or MODELS:
        export(name, args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
