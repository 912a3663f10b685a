"""The pipeline's stages over a cluster: split, clean, dedup, support between outlets, disagreements."""
