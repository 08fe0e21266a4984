"""Readers and writers for annotated corpora: SpkAtt-2023 JSON (German) and brat standoff (PolNeAR)."""
