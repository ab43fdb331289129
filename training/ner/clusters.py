"""k-means word clusters over floret vectors (experiment helper; numpy only)."""
import collections, sys, time
import numpy as np
import spacy

def kmeans(X, k, iters=15, seed=0):
    rng = np.random.default_rng(seed)
    C = X[rng.choice(len(X), k, replace=False)].copy()
    for _ in range(iters):
        a = np.argmax(X @ C.T, axis=1)
        for j in range(k):
            m = X[a == j]
            if len(m):
                c = m.mean(0); C[j] = c / (np.linalg.norm(c) or 1)
    return C

if __name__ == "__main__":
    text, nlp_dir, out = sys.argv[1:4]
    cnt = collections.Counter(w for line in open(text, encoding="utf-8") for w in line.split())
    words = [w for w, c in cnt.most_common(60000) if c >= 3]
    vocab = spacy.load(nlp_dir).vocab
    t = time.time()
    X = np.array([vocab.get_vector(w) for w in words], dtype="float32")
    X /= np.linalg.norm(X, axis=1, keepdims=True) + 1e-8
    print(len(words), "vectors", round(time.time() - t, 1), "s")
    np.savez(out, c64=kmeans(X, 64), c256=kmeans(X, 256), c1024=kmeans(X, 1024, iters=10))
    print("done", round(time.time() - t, 1))
