#!/usr/bin/env python3
"""Writes ONNX Attention cases that the shared conformance suite lacks.

Each case exercises a path of the ONNX -> gqa.attention importer that no
shared case takes (is_causal with a past cache longer than needed, so that
the offset is a constant q_offset; left_window_size with and without
is_causal; nonpad_kv_seqlen with a past cache; a mask whose last dimension is
1; f16 with a cache). Inputs are seeded pseudo-random numbers; the expected
outputs are computed here in double precision from the ONNX semantics in the
suite's README.md, with plain Python (no numpy), independently of gqa-run and
of the project's C++ code.

Usage: make-onnx-cases.py OUTPUT_FOLDER
"""

import json
import math
import os
import random
import struct
import sys

FORMATS = {"f32": "f", "f16": "e", "i1": "B", "i64": "q"}


def numel(shape):
    count = 1
    for size in shape:
        count *= size
    return count


def flat_index(shape, index):
    flat = 0
    for size, i in zip(shape, index):
        flat = flat * size + i
    return flat


def rounded(values, dtype):
    """The values as stored in a file of `dtype`."""
    fmt = "<%d%s" % (len(values), FORMATS[dtype])
    return list(struct.unpack(fmt, struct.pack(fmt, *values)))


class Tensor:
    def __init__(self, shape, dtype, values):
        self.shape = list(shape)
        self.dtype = dtype
        self.values = rounded(values, dtype) if dtype in ("f32", "f16") else values

    def at(self, *index):
        return self.values[flat_index(self.shape, index)]


def random_tensor(rng, shape, dtype, low=-1.0, high=1.0):
    return Tensor(shape, dtype, [rng.uniform(low, high) for _ in range(numel(shape))])


def to_4d(t, heads):
    """[B, S, H*D] -> [B, H, S, D]; 4-D tensors are returned as they are."""
    if len(t.shape) == 4:
        return t
    b, s, hd = t.shape
    d = hd // heads
    values = []
    for bi in range(b):
        for h in range(heads):
            for si in range(s):
                for di in range(d):
                    values.append(t.at(bi, si, h * d + di))
    return Tensor([b, heads, s, d], t.dtype, values)


def concat_seq(past, cur):
    b, h, p, d = past.shape
    s = cur.shape[2]
    values = []
    for bi in range(b):
        for hi in range(h):
            for si in range(p + s):
                for di in range(d):
                    values.append(past.at(bi, hi, si, di) if si < p
                                  else cur.at(bi, hi, si - p, di))
    return Tensor([b, h, p + s, d], past.dtype, values)


def attention(case):
    """The outputs of the ONNX Attention node `case`, in double precision."""
    a = case["attributes"]
    inputs = case["tensors"]
    q, k, v = inputs["Q"], inputs["K"], inputs["V"]
    hq = a.get("q_num_heads", q.shape[1] if len(q.shape) == 4 else None)
    hkv = a.get("kv_num_heads", k.shape[1] if len(k.shape) == 4 else None)
    q4, k4, v4 = to_4d(q, hq), to_4d(k, hkv), to_4d(v, hkv)
    past = 0
    if "past_key" in inputs:
        past = inputs["past_key"].shape[2]
        k4 = concat_seq(inputs["past_key"], k4)
        v4 = concat_seq(inputs["past_value"], v4)
    b, _, sq, d = q4.shape
    total = k4.shape[2]
    dv = v4.shape[3]
    group = hq // hkv
    scale = a.get("scale", 1.0 / math.sqrt(d))
    softcap = a.get("softcap", 0.0)
    causal = a.get("is_causal", 0) == 1
    window = a.get("left_window_size", -1)
    mask = inputs.get("attn_mask")
    nonpad = inputs.get("nonpad_kv_seqlen")
    interleaved = case["semantics"]["head_mapping"] == "interleaved"

    y = [0.0] * (b * hq * sq * dv)
    for bi in range(b):
        offset = nonpad.values[bi] - sq if nonpad else past
        for h in range(hq):
            kvh = h % hkv if interleaved else h // group
            for i in range(sq):
                scores = []
                for j in range(total):
                    s = scale * sum(q4.at(bi, h, i, x) * k4.at(bi, kvh, j, x)
                                    for x in range(d))
                    if softcap > 0:
                        s = softcap * math.tanh(s / softcap)
                    ok = True
                    if mask is not None:
                        r = len(mask.shape)
                        full = [bi, h, i, j][4 - r:]
                        if j >= mask.shape[-1]:
                            ok = False  # A short mask is padded with "masked".
                        else:
                            index = [0 if size == 1 else c
                                     for size, c in zip(mask.shape, full)]
                            m = mask.at(*index)
                            if mask.dtype == "i1":
                                ok = ok and m == 1
                            elif m == -math.inf:
                                ok = False
                            else:
                                s += m
                    if nonpad and j >= nonpad.values[bi]:
                        ok = False
                    if causal and j > i + offset:
                        ok = False
                    if window >= 0 and j < i + offset - window:
                        ok = False
                    scores.append(s if ok else None)
                allowed = [s for s in scores if s is not None]
                if not allowed:
                    continue  # A fully masked row is zeros.
                top = max(allowed)
                weights = [0.0 if s is None else math.exp(s - top) for s in scores]
                total_weight = sum(weights)
                for x in range(dv):
                    y[((bi * hq + h) * sq + i) * dv + x] = sum(
                        weights[j] / total_weight * v4.at(bi, kvh, j, x)
                        for j in range(total))
    outputs = {}
    y4 = Tensor([b, hq, sq, dv], q.dtype, y)
    if len(q.shape) == 3:
        values = [y4.at(bi, h, i, x) for bi in range(b) for i in range(sq)
                  for h in range(hq) for x in range(dv)]
        outputs["Y"] = Tensor([b, sq, hq * dv], q.dtype, values)
    else:
        outputs["Y"] = y4
    if past:
        outputs["present_key"] = k4
        outputs["present_value"] = v4
    return outputs


def write_case(folder, name, attributes, tensors, mapping="contiguous",
               tolerance=1e-4):
    case = {"attributes": attributes, "tensors": tensors,
            "semantics": {"head_mapping": mapping}}
    outputs = attention(case)
    path = os.path.join(folder, name)
    os.makedirs(path, exist_ok=True)
    description = {
        "case": name, "source": "gqa-mlir test/gqa-run/Inputs/make-onnx-cases.py",
        "op": "Attention", "opset": 24, "attributes": attributes,
        "semantics": {"head_mapping": mapping, "softcap_order": "before_mask",
                      "causal_alignment": "top_left_plus_past_or_nonpad_offset",
                      "fully_masked_row": "zeros",
                      "scale_default": "1/sqrt(head_dim)"},
        "inputs": [], "outputs": [],
        "tolerance": {"abs": tolerance, "rel": tolerance}}
    for kind, prefix, items in (("inputs", "in_", tensors.items()),
                                ("outputs", "out_", outputs.items())):
        for tname, t in items:
            fname = prefix + tname + ".bin"
            description[kind].append({"name": tname, "shape": t.shape,
                                      "dtype": t.dtype, "file": fname})
            with open(os.path.join(path, fname), "wb") as f:
                f.write(struct.pack("<%d%s" % (len(t.values), FORMATS[t.dtype]),
                                    *t.values))
    with open(os.path.join(path, "case.json"), "w") as f:
        json.dump(description, f, indent=1)


def main():
    folder = sys.argv[1]
    rng = random.Random(2024)
    r = lambda shape, dtype="f32": random_tensor(rng, shape, dtype)

    # is_causal with a past cache and a new K/V longer than Q: the offset is
    # the past length P = 2, which bottom_right alignment (T - Sq = 3) would
    # get wrong, so the importer must give a constant q_offset.
    write_case(folder, "causal_past_longer_kv", {"is_causal": 1}, {
        "Q": r([1, 2, 2, 4]), "K": r([1, 2, 3, 4]), "V": r([1, 2, 3, 4]),
        "past_key": r([1, 2, 2, 4]), "past_value": r([1, 2, 2, 4])})

    # 3-D GQA with a cache, causal, and a float mask shorter than the total
    # KV length (padded with -inf); Dv differs from D.
    write_case(folder, "causal_past_3d_short_mask",
               {"is_causal": 1, "q_num_heads": 4, "kv_num_heads": 2}, {
                   "Q": r([2, 2, 16]), "K": r([2, 2, 8]), "V": r([2, 2, 6]),
                   "attn_mask": r([2, 3]),
                   "past_key": r([2, 2, 3, 4]), "past_value": r([2, 2, 3, 3])})

    # left_window_size without is_causal, with a cache: the window is placed
    # at offset P and still limits how far back a query sees.
    write_case(folder, "window_past_not_causal", {"left_window_size": 1}, {
        "Q": r([1, 3, 3, 4]), "K": r([1, 3, 3, 4]), "V": r([1, 3, 3, 4]),
        "past_key": r([1, 3, 2, 4]), "past_value": r([1, 3, 2, 4])})

    # nonpad_kv_seqlen, causal, a window, a boolean mask and the interleaved
    # head mapping together.
    write_case(folder, "window_nonpad_bool_interleaved",
               {"is_causal": 1, "left_window_size": 2}, {
                   "Q": r([2, 6, 3, 8]), "K": r([2, 2, 7, 8]),
                   "V": r([2, 2, 7, 8]),
                   "attn_mask": Tensor([2, 1, 3, 7], "i1",
                                       [rng.randint(0, 1) for _ in range(42)]),
                   "nonpad_kv_seqlen": Tensor([2], "i64", [6, 3])},
               mapping="interleaved")

    # nonpad_kv_seqlen with a past cache: lengths count the cache too.
    write_case(folder, "nonpad_with_past", {"is_causal": 1}, {
        "Q": r([2, 2, 2, 4]), "K": r([2, 1, 2, 4]), "V": r([2, 1, 2, 4]),
        "past_key": r([2, 1, 3, 4]), "past_value": r([2, 1, 3, 4]),
        "nonpad_kv_seqlen": Tensor([2], "i64", [5, 4])})

    # A mask whose last dimension is 1: padded, so only key 0 is visible.
    write_case(folder, "mask_last_dim_one", {}, {
        "Q": r([1, 2, 3, 4]), "K": r([1, 2, 4, 4]), "V": r([1, 2, 4, 4]),
        "attn_mask": r([1, 3, 1])})

    # Scale and softcap with the interleaved mapping (softcap before mask).
    write_case(folder, "softcap_scale_3d_interleaved",
               {"softcap": 1.5, "scale": 0.7, "q_num_heads": 6,
                "kv_num_heads": 3}, {
                   "Q": r([1, 3, 24]), "K": r([1, 5, 12]), "V": r([1, 5, 12])},
               mapping="interleaved")

    # f16 with a cache and a causal mask; present_* must be exact copies.
    write_case(folder, "fp16_causal_past", {"is_causal": 1}, {
        "Q": r([1, 4, 2, 8], "f16"), "K": r([1, 2, 2, 8], "f16"),
        "V": r([1, 2, 2, 8], "f16"),
        "past_key": r([1, 2, 4, 8], "f16"),
        "past_value": r([1, 2, 4, 8], "f16")}, tolerance=5e-3)


if __name__ == "__main__":
    main()
