"""Reference data: what pedigree knows before any source is read, importable by every layer.

- `sectors` — the sector taxonomy (`pedigree/data/taxonomy.csv`) and the lookup of a free-text
  sector name;
- `fx` — the fixed, approximate currency rates (`pedigree/data/fx.csv`);
- `romanise` — Chinese personal names in pinyin, with the surname readings, spellings and
  variants (`pedigree/data/aliases/surname*.csv`);
- name keys, the form under which names in any script meet, are `pedigree.names`; the bundled
  organisations (alias table, kinds) are `pedigree.ingest.text.gazetteer`, part of the text
  reader, which every layer above the sources may import.

Modules here import only the vocabulary (`pedigree.model`, `pedigree.errors`, `pedigree.names`,
`pedigree.data`) and libraries, never a layer of the pipeline, so there is no cycle to make
(`tests/test_layers.py`).
"""
