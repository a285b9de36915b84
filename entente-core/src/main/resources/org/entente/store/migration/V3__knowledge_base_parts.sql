-- Parts: a block is resolved one part at a time (the claims of one resolution key, such as one
-- person's role in one country), so that memory holds one part, never the whole block. A
-- claim's part is a digest of its key, or 'all' for the families resolved across the block;
-- the rows stored before this migration have none: a refresh computes the parts of a block
-- whose claims lack them (or hold parts the resolver no longer gives) before resolving it.
-- An entity's rank is its position among its block's entities, as resolving the whole block
-- orders them; the entities stored before it have none and keep the order they were stored in.

ALTER TABLE kb_claim ADD COLUMN part VARCHAR(64);

DROP INDEX kb_claim_block;
CREATE INDEX kb_claim_block_part ON kb_claim (block, part, id);

ALTER TABLE kb_entity ADD COLUMN block_rank INTEGER;

DROP INDEX kb_entity_block;
CREATE INDEX kb_entity_block_rank ON kb_entity (block, block_rank, id);
