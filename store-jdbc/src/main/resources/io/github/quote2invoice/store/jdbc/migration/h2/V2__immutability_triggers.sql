-- H2: the same refusals as on PostgreSQL, as far as H2 allows: row triggers implemented in Java
-- (classes of store-jdbc that H2 loads by name). H2 has no TRUNCATE trigger (TRUNCATE TABLE bypasses
-- them) and no roles separate enough to keep the application from dropping a trigger: on H2 the
-- triggers stop mistakes, verify() stops the rest.

CREATE TRIGGER q2i_invoice_immutable BEFORE UPDATE, DELETE ON q2i_invoice
    FOR EACH ROW CALL 'io.github.quote2invoice.store.jdbc.internal.H2IssuedInvoiceTrigger';
CREATE TRIGGER q2i_audit_record_append_only BEFORE UPDATE, DELETE ON q2i_audit_record
    FOR EACH ROW CALL 'io.github.quote2invoice.store.jdbc.internal.H2AppendOnlyTrigger';
CREATE TRIGGER q2i_payment_append_only BEFORE UPDATE, DELETE ON q2i_payment
    FOR EACH ROW CALL 'io.github.quote2invoice.store.jdbc.internal.H2AppendOnlyTrigger';
CREATE TRIGGER q2i_payment_allocation_append_only BEFORE UPDATE, DELETE ON q2i_payment_allocation
    FOR EACH ROW CALL 'io.github.quote2invoice.store.jdbc.internal.H2AppendOnlyTrigger';
CREATE TRIGGER q2i_invoice_artefact_append_only BEFORE UPDATE, DELETE ON q2i_invoice_artefact
    FOR EACH ROW CALL 'io.github.quote2invoice.store.jdbc.internal.H2AppendOnlyTrigger';
CREATE TRIGGER q2i_audit_head_kept BEFORE DELETE ON q2i_audit_head
    FOR EACH ROW CALL 'io.github.quote2invoice.store.jdbc.internal.H2AppendOnlyTrigger';
