-- H2: the ledger journal is append-only, as far as H2 allows (see V2).
CREATE TRIGGER q2i_ledger_entry_append_only BEFORE UPDATE, DELETE ON q2i_ledger_entry
    FOR EACH ROW CALL 'io.github.quote2invoice.store.jdbc.internal.H2AppendOnlyTrigger';
CREATE TRIGGER q2i_ledger_key_append_only BEFORE UPDATE, DELETE ON q2i_ledger_key
    FOR EACH ROW CALL 'io.github.quote2invoice.store.jdbc.internal.H2AppendOnlyTrigger';
CREATE TRIGGER q2i_ledger_head_kept BEFORE DELETE ON q2i_ledger_head
    FOR EACH ROW CALL 'io.github.quote2invoice.store.jdbc.internal.H2AppendOnlyTrigger';
