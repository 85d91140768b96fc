#!/usr/bin/env python3
"""Experiment: does a character-aware BiLSTM-CRF beat marsad's perceptron tagger on ANERcorp dev?

This script answers one question for issue 6, and marsad does not ship its model. It trains on
train.conll and scores dev.conll, which it never trains on, with ../shared/tools/ner_eval.py.
The result is recorded in ACCURACY.md. Needs Debian's python3-torch (training only).

Inputs per token:
  - a word embedding, initialised from fastText vectors (--vectors, .vec text format) of the
    SaudiNewsNet corpus when given;
  - a character CNN over the word;
  - optionally the gazetteer classes (--gazetteer DIR, ANERGazet longest match).
Then a BiLSTM and a linear-chain CRF.

  python3 tools/ner_bilstm_experiment.py --train ../shared/data/ner/anercorp/train.conll \\
      --dev ../shared/data/ner/anercorp/dev.conll [--vectors V.vec] [--epochs 20]
"""
import argparse
import random
import re
import subprocess
import sys
import time

import torch
import torch.nn as nn

TASHKEEL = re.compile('[\u064B-\u065F\u0670\u0640]')
FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه'})


def normalize(word):
    """The tagger's word form (src/marsad/ner/word_forms.cc NormalizeWord, Arabic part)."""
    return TASHKEEL.sub('', word).translate(FOLD).lower()


def read_conll(path):
    sentences, tokens, tags = [], [], []
    for line in open(path, encoding='utf-8'):
        fields = line.split()
        if not fields:
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        tokens.append(fields[0])
        tags.append(fields[-1] if len(fields) > 1 else 'O')
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def repair_iob2(tags):
    """I-X that does not follow B-X or I-X starts an entity (conlleval reads it so); the CRF
    forbids that transition, so a gold path through it would have no probability at all."""
    out = []
    for t in tags:
        if t.startswith('I-') and (not out or out[-1][2:] != t[2:]):
            t = 'B-' + t[2:]
        out.append(t)
    return out


class Crf(nn.Module):
    """Linear-chain CRF over padded batches; row/column L of `trans` is start/end."""

    def __init__(self, labels):
        super().__init__()
        self.L = len(labels)
        self.trans = nn.Parameter(torch.zeros(self.L + 1, self.L + 1))
        allowed = torch.ones(self.L + 1, self.L + 1, dtype=torch.bool)
        for p in range(self.L + 1):
            for y in range(self.L):
                prev = labels[p] if p < self.L else 'O'
                cur = labels[y]
                if cur.startswith('I-') and prev[2:] != cur[2:]:
                    allowed[p, y] = False  # IOB2: I-X only after B-X or I-X
        self.register_buffer('mask_trans', (~allowed).float() * -1e4)

    def T(self):
        return self.trans + self.mask_trans

    def nll(self, emissions, tags, mask):
        # emissions B×N×L, tags B×N, mask B×N (bool)
        T = self.T()
        B, N, L = emissions.shape
        alpha = T[L, :L].unsqueeze(0) + emissions[:, 0]
        for t in range(1, N):
            nxt = torch.logsumexp(alpha.unsqueeze(2) + T[:L, :L].unsqueeze(0), dim=1) + emissions[:, t]
            alpha = torch.where(mask[:, t].unsqueeze(1), nxt, alpha)
        log_z = torch.logsumexp(alpha + T[:L, L].unsqueeze(0), dim=1)
        score = T[L, tags[:, 0]] + emissions[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for t in range(1, N):
            s = T[tags[:, t - 1], tags[:, t]] + emissions[:, t].gather(1, tags[:, t:t + 1]).squeeze(1)
            score = score + s * mask[:, t]
        lengths = mask.sum(1)
        last = tags.gather(1, (lengths - 1).unsqueeze(1)).squeeze(1)
        score = score + T[last, L]
        return (log_z - score).sum()

    def decode(self, emissions):  # one sentence: N×L
        T = self.T().detach()
        N, L = emissions.shape
        score = T[L, :L] + emissions[0]
        back = []
        for t in range(1, N):
            s = score.unsqueeze(1) + T[:L, :L]
            best, idx = s.max(0)
            back.append(idx)
            score = best + emissions[t]
        score = score + T[:L, L]
        y = int(score.argmax())
        path = [y]
        for idx in reversed(back):
            y = int(idx[y])
            path.append(y)
        return path[::-1]


class Tagger(nn.Module):
    def __init__(self, n_words, n_chars, labels, word_dim, pretrained, char_dim=25, char_filters=50,
                 hidden=100, gaz_dim=0):
        super().__init__()
        self.words = nn.Embedding(n_words, word_dim)
        if pretrained is not None:
            self.words.weight.data.copy_(pretrained)
        self.chars = nn.Embedding(n_chars, char_dim, padding_idx=0)
        self.char_cnn = nn.Conv1d(char_dim, char_filters, 3, padding=1)
        self.gaz_dim = gaz_dim
        self.drop = nn.Dropout(0.5)
        self.lstm = nn.LSTM(word_dim + char_filters + gaz_dim, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(labels))
        self.crf = Crf(labels)

    def emissions(self, words, chars, gaz):
        # words B×N, chars B×N×C, gaz B×N×G
        B, N, C = chars.shape
        c = self.chars(chars.view(B * N, C)).transpose(1, 2)
        c = torch.relu(self.char_cnn(c)).max(2).values.view(B, N, -1)
        x = [self.words(words), c]
        if self.gaz_dim:
            x.append(gaz)
        h, _ = self.lstm(self.drop(torch.cat(x, 2)))
        return self.out(self.drop(h))


def gazetteer_marks(directory):
    """ANERGazet as {first word: [(words tuple, class)]}; classes PER LOC ORG."""
    table = {}
    for k, name in enumerate(['pers', 'loc', 'org']):
        for line in open(f'{directory}/{name}.txt', encoding='utf-8'):
            words = tuple(normalize(w) for w in line.split())
            if not words or not any('\u0621' <= ch <= '\u064A' for ch in ''.join(words)):
                continue
            table.setdefault(words[0], []).append((words, k))
    return table


def mark(tokens, table):
    norm = [normalize(t) for t in tokens]
    out = [[0.0] * 6 for _ in tokens]
    i = 0
    while i < len(norm):
        best = None
        for cand in (norm[i], re.sub('^(و|ف)?(ب|ل|ك)?(ال)?', '', norm[i]) or norm[i]):
            for words, k in table.get(cand, []):
                n = len(words)
                if tuple([cand] + norm[i + 1:i + n]) == words and (best is None or n > best[0]):
                    best = (n, k)
        if best:
            n, k = best
            out[i][k] = 1.0
            for j in range(i + 1, min(i + n, len(norm))):
                out[j][3 + k] = 1.0
        i += 1
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--train', required=True)
    ap.add_argument('--dev', required=True)
    ap.add_argument('--vectors', help='fastText .vec of normalised corpus words')
    ap.add_argument('--gazetteer', help='ANERGazet directory')
    ap.add_argument('--epochs', type=int, default=20)
    ap.add_argument('--hidden', type=int, default=100)
    ap.add_argument('--batch', type=int, default=16)
    ap.add_argument('--lr', type=float, default=0.001)
    ap.add_argument('--eval', default='../shared/tools/ner_eval.py')
    ap.add_argument('--pred', default='/tmp/bilstm-dev.pred')
    args = ap.parse_args()
    torch.manual_seed(1)
    random.seed(1)
    torch.set_num_threads(2)

    train, dev = read_conll(args.train), read_conll(args.dev)
    train = [(tokens, repair_iob2(tags)) for tokens, tags in train]
    labels = sorted({t for _, tags in train for t in tags})
    label_id = {l: i for i, l in enumerate(labels)}
    vocab = {'<pad>': 0, '<unk>': 1}
    vectors = {}
    word_dim = 100
    if args.vectors:
        with open(args.vectors, encoding='utf-8') as f:
            n, word_dim = map(int, f.readline().split())
            for line in f:
                parts = line.rstrip().split(' ')
                vectors[parts[0]] = [float(x) for x in parts[1:]]
        for w in vectors:
            vocab.setdefault(w, len(vocab))
    for tokens, _ in train:
        for t in tokens:
            vocab.setdefault(normalize(t), len(vocab))
    pretrained = None
    if vectors:
        pretrained = torch.randn(len(vocab), word_dim) * 0.1
        for w, i in vocab.items():
            if w in vectors:
                pretrained[i] = torch.tensor(vectors[w])
    chars = {'<pad>': 0, '<unk>': 1}
    for tokens, _ in train:
        for t in tokens:
            for ch in normalize(t):
                chars.setdefault(ch, len(chars))
    table = gazetteer_marks(args.gazetteer) if args.gazetteer else None

    def encode(sentence):
        tokens, tags = sentence
        w = [vocab.get(normalize(t), 1) for t in tokens]
        c = [[chars.get(ch, 1) for ch in normalize(t)[:20]] or [1] for t in tokens]
        g = mark(tokens, table) if table else [[0.0] * 6 for _ in tokens]
        y = [label_id.get(t, label_id['O']) for t in tags]
        return w, c, g, y

    def batch(items):
        B, N = len(items), max(len(x[0]) for x in items)
        C = max(len(cc) for x in items for cc in x[1])
        W = torch.zeros(B, N, dtype=torch.long)
        Ch = torch.zeros(B, N, C, dtype=torch.long)
        G = torch.zeros(B, N, 6)
        Y = torch.zeros(B, N, dtype=torch.long)
        M = torch.zeros(B, N, dtype=torch.bool)
        for b, (w, c, g, y) in enumerate(items):
            n = len(w)
            W[b, :n] = torch.tensor(w)
            for i, cc in enumerate(c):
                Ch[b, i, :len(cc)] = torch.tensor(cc)
            G[b, :n] = torch.tensor(g)
            Y[b, :n] = torch.tensor(y)
            M[b, :n] = True
        return W, Ch, G, Y, M

    train_enc = [encode(s) for s in train]
    dev_enc = [encode(s) for s in dev]
    model = Tagger(len(vocab), len(chars), labels, word_dim, pretrained, hidden=args.hidden,
                   gaz_dim=6 if table else 0)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    order = sorted(range(len(train_enc)), key=lambda i: len(train_enc[i][0]))  # similar lengths together
    batches = [order[i:i + args.batch] for i in range(0, len(order), args.batch)]
    for epoch in range(1, args.epochs + 1):
        model.train()
        random.shuffle(batches)
        t0, total = time.time(), 0.0
        for b in batches:
            W, Ch, G, Y, M = batch([train_enc[i] for i in b])
            loss = model.crf.nll(model.emissions(W, Ch, G), Y, M)
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += float(loss)
        model.eval()
        with open(args.pred, 'w', encoding='utf-8') as out, torch.no_grad():
            for (tokens, _), enc in zip(dev, dev_enc):
                W, Ch, G, _, _ = batch([enc])
                path = model.crf.decode(model.emissions(W, Ch, G)[0])
                for t, y in zip(tokens, path):
                    out.write(f'{t} {labels[y]}\n')
                out.write('\n')
        f1 = subprocess.run([sys.executable, args.eval, args.dev, args.pred], capture_output=True, text=True).stdout
        print(f'epoch {epoch}: loss {total:.0f}, {time.time() - t0:.0f} s, dev {f1.strip().splitlines()[-1]}',
              flush=True)


if __name__ == '__main__':
    main()
