"""Build examples/seed_attribution.ipynb and execute it so that it is stored with its outputs.

    python examples/make_notebook.py
"""

from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent

cells = [
    nbformat.v4.new_markdown_cell(
        "# Who said what in the seed article\n\n"
        "quoteattr finds the quotes of a German news article, their speakers, roles and cues. "
        "Offsets point into the original text."),
    nbformat.v4.new_code_cell(
        "from pathlib import Path\n"
        "from quoteattr import Attributor\n\n"
        "text = Path('../seeds/000_f3d027124de9793a.txt').read_text(encoding='utf-8')\n"
        "attributor = Attributor(lang='de', models='compact')\n"
        "doc = attributor(text)\n"
        "print(doc.models, len(doc.quotes), 'quotes,', len(doc.entities), 'entities')"),
    nbformat.v4.new_markdown_cell("The result renders itself: quotes highlighted by kind, cues underlined, speakers labelled."),
    nbformat.v4.new_code_cell("doc"),
    nbformat.v4.new_markdown_cell("One row per quote, as a pandas DataFrame:"),
    nbformat.v4.new_code_cell(
        "df = doc.to_dataframe()\n"
        "df[df.kind != 'term'][['kind', 'quote', 'speaker', 'entity', 'role', 'cue', 'confidence']]"),
    nbformat.v4.new_markdown_cell("Every claim attributed to one person, whatever the mention looked like:"),
    nbformat.v4.new_code_cell(
        "[(q.text[:60], q.speaker.text if q.speaker else None) for q in doc.quotes if q.entity_name == 'Donald Trump']"),
]
nb = nbformat.v4.new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(HERE)}}).execute()
nbformat.write(nb, HERE / "seed_attribution.ipynb")
print("wrote", HERE / "seed_attribution.ipynb")
