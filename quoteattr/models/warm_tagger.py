"""stanza's tagger training, started from the weights of an earlier tagger.

stanza's parser can continue from a saved model (``--continue_from``); its
tagger cannot. This module runs ``stanza.models.tagger`` unchanged except that
the freshly built model takes the weights of ``--warm_start FILE`` first, so a
time-limited training can go on where an earlier one stopped::

    python -m quoteattr.models.warm_tagger --warm_start pos.pt --train_file ... (tagger arguments)

The earlier model must have been trained on the same data with the same
settings: its vocabulary has to equal the one built now, or training stops.
"""

from __future__ import annotations

import sys


def _split_warm_start(argv: list[str]) -> tuple[str, list[str]]:
    """(the ``--warm_start`` file, the remaining tagger arguments)."""
    if "--warm_start" not in argv:
        raise SystemExit("warm_tagger needs --warm_start FILE")
    i = argv.index("--warm_start")
    if i + 1 >= len(argv):
        raise SystemExit("--warm_start needs a file")
    return argv[i + 1], argv[:i] + argv[i + 2:]


def main(argv: list[str] | None = None) -> None:
    import torch
    from stanza.models import tagger
    from stanza.models.pos.trainer import Trainer

    warm_file, rest = _split_warm_start(list(sys.argv[1:] if argv is None else argv))
    state = torch.load(warm_file, map_location="cpu", weights_only=True)

    class WarmTrainer(Trainer):
        def __init__(self, *args, model_file=None, **kwargs):
            super().__init__(*args, model_file=model_file, **kwargs)
            if model_file is None:
                if self.vocab.state_dict() != state["vocab"]:
                    raise SystemExit(f"{warm_file} was trained with another vocabulary: retrain it from scratch")
                device = next(self.model.parameters()).device
                self.model.load_state_dict({k: v.to(device) for k, v in state["model"].items()}, strict=False)

    tagger.Trainer = WarmTrainer
    tagger.main(rest)


if __name__ == "__main__":
    main()
