#!/usr/bin/env python3
"""How two NER taggers' predictions on one CoNLL file relate: would combining them help?

    python3 tools/ner_compare_predictions.py GOLD PRED_A PRED_B

Each file has a token and a tag per line (the tag is the last column), sentences separated
by blank lines, in the same order. Entities are IOB2 runs as conlleval reads them (an I-
that does not continue an entity opens one). Prints precision, recall and F1 of A, of B, of
the entities both predict, of A plus B's entities that overlap none of A's, and the
oracle recall: the share of gold entities that A or B gets exactly right, which no
combination of the two can exceed.
"""
import sys


def tags(path):
    with open(path, encoding='utf-8') as f:
        return [line.split()[-1] if line.strip() else 'O' for line in f]


def entities(seq):
    """(begin, end, type) of every IOB2 run."""
    found, start, kind = set(), None, None
    for i, tag in enumerate(seq + ['O']):
        continues = tag.startswith('I-') and kind == tag[2:]
        if start is not None and not continues:
            found.add((start, i, kind))
            start, kind = None, None
        if tag != 'O' and not continues:
            start, kind = i, tag[2:]
    return found


def score(predicted, gold):
    right = len(predicted & gold)
    p = right / len(predicted) if predicted else 0.0
    r = right / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f'P {p:.4f}  R {r:.4f}  F1 {f:.4f}  ({len(predicted)} predicted)'


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    gold_tags, a_tags, b_tags = (tags(p) for p in sys.argv[1:])
    if not len(gold_tags) == len(a_tags) == len(b_tags):
        sys.exit('ner_compare_predictions: the three files have different numbers of lines')
    gold, a, b = entities(gold_tags), entities(a_tags), entities(b_tags)
    b_only = {e for e in b if not any(x[0] < e[1] and e[0] < x[1] for x in a)}
    print(f'{len(gold)} gold entities')
    print('A alone               ', score(a, gold))
    print('B alone               ', score(b, gold))
    print('both predict          ', score(a & b, gold))
    print('A + B where A has none', score(a | b_only, gold))
    print(f'oracle recall (A or B right) {len((a | b) & gold) / len(gold):.4f}')


if __name__ == '__main__':
    main()
