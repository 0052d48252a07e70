-- PostgreSQL: less database work per issued invoice (docs/performance.md, "Issuing on PostgreSQL", 2026-11-29).
--
-- 1. The counter and audit-head rows are updated by every issue: each update leaves a dead row version in the
--    same page (a HOT update), and every later look-up walks that chain until the page is pruned, which
--    happens only once the page is nearly full (~80 versions of a counter row). At fillfactor 10 a page is
--    pruned as soon as a tenth of it is used, so chains stay a few versions long. Only these two small tables.
ALTER TABLE q2i_number_counter SET (fillfactor = 10);
ALTER TABLE q2i_audit_head SET (fillfactor = 10);

-- 2. q2i_issue_invoice of V4 plus the caller's guess of the number: p_body holds, from character p_number_at
--    on, either the marks of V4 or the guessed number p_guess_number, and p_guess_digest is the SHA-256 (hex)
--    of p_body as sent. When the counter gives that number the body and its digest are stored as sent (the
--    digest is the caller's, as on the step-by-step path, where JdbcDocumentStore computes it); otherwise the
--    number is put in at p_number_at and the digest computed here, as in V4. A caller that did not guess
--    passes NULL. Everything else (locks and their order, the audit records, the events, the errors Q2I02
--    and Q2I03, the result) is V4's. V4's function stays for callers of the previous release.

CREATE FUNCTION q2i_issue_invoice(
    p_id TEXT, p_company TEXT, p_kind TEXT, p_status TEXT, p_issue_date DATE, p_updated_at TIMESTAMPTZ,
    p_series TEXT, p_period TEXT, p_number_prefix TEXT, p_number_width INTEGER, p_number_suffix TEXT,
    p_number_mark TEXT, p_digest_mark TEXT, p_body TEXT,
    p_audit_time TIMESTAMPTZ, p_audit_actions TEXT[], p_audit_actors TEXT[], p_audit_details TEXT[], p_audit_fields TEXT[],
    p_event_time TIMESTAMPTZ, p_event_types TEXT[], p_event_keys TEXT[], p_event_payloads TEXT[],
    p_number_at INTEGER, p_guess_number TEXT, p_guess_digest TEXT)
RETURNS TEXT[]
LANGUAGE plpgsql AS $$
DECLARE
    v_issued BOOLEAN;
    v_earlier TEXT;
    v_payment_status TEXT;
    v_number TEXT;
    v_last_date DATE;
    v_digest TEXT;
    v_sequence BIGINT;
    v_previous TEXT;
BEGIN
    -- 1. The draft's row, locked: an invoice issued earlier from this draft is the answer.
    SELECT i.issued, CASE WHEN i.issued THEN i.body END, i.payment_status INTO v_issued, v_earlier, v_payment_status
      FROM q2i_invoice i WHERE i.id = p_id FOR UPDATE;
    IF v_issued THEN
        RETURN ARRAY['ISSUED_BEFORE', v_earlier, v_payment_status];
    END IF;

    -- 2. The next number (counter lpad-ed to at least the width, never cut); the counter row stays locked
    --    until commit.
    FOR attempt IN 1..3 LOOP
        UPDATE q2i_number_counter c SET last_value = c.last_value + 1, last_issue_date = p_issue_date
         WHERE c.company = p_company AND c.series = p_series AND c.period = p_period AND c.last_issue_date <= p_issue_date
        RETURNING p_number_prefix || lpad(c.last_value::TEXT, greatest(p_number_width, length(c.last_value::TEXT)), '0') || p_number_suffix
        INTO v_number;
        EXIT WHEN v_number IS NOT NULL;
        SELECT c.last_issue_date INTO v_last_date FROM q2i_number_counter c
         WHERE c.company = p_company AND c.series = p_series AND c.period = p_period;
        IF FOUND THEN
            IF v_last_date > p_issue_date THEN
                RAISE EXCEPTION 'q2i-chronology % (series % of %)', v_last_date, p_series, p_company USING ERRCODE = 'Q2I03';
            END IF;
            CONTINUE; -- created by a transaction that committed after the UPDATE looked: increment it now
        END IF;
        INSERT INTO q2i_number_counter (company, series, period, last_value, last_issue_date)
        VALUES (p_company, p_series, p_period, 1, p_issue_date) ON CONFLICT DO NOTHING;
        IF FOUND THEN
            v_number := p_number_prefix || lpad('1', p_number_width, '0') || p_number_suffix;
            EXIT;
        END IF;
    END LOOP;
    IF v_number IS NULL THEN
        RAISE EXCEPTION 'counter % % % could be neither created nor incremented', p_company, p_series, p_period;
    END IF;
    IF length(v_number) <> length(p_number_mark) THEN
        RAISE EXCEPTION 'q2i-number-length: % is longer than the prepared texts allow', v_number USING ERRCODE = 'Q2I02';
    END IF;

    -- 3. The issued document carrying the number, with the SHA-256 of its JSON: the caller's when it guessed
    --    the number, else put in at p_number_at (no search through the text) and hashed here.
    IF v_number = p_guess_number THEN
        v_digest := p_guess_digest;
    ELSE
        p_body := overlay(p_body PLACING v_number FROM p_number_at FOR length(v_number));
        v_digest := encode(sha256(convert_to(p_body, 'UTF8')), 'hex');
    END IF;
    IF v_issued IS NULL THEN
        INSERT INTO q2i_invoice (id, company, kind, issued, number, issue_date, payment_status, body, body_sha256, updated_at)
        VALUES (p_id, p_company, p_kind, TRUE, v_number, p_issue_date, p_status, p_body, v_digest, p_updated_at);
    ELSE
        UPDATE q2i_invoice i SET company = p_company, kind = p_kind, issued = TRUE, number = v_number, issue_date = p_issue_date,
               payment_status = p_status, body = p_body, body_sha256 = v_digest, updated_at = p_updated_at
         WHERE i.id = p_id AND NOT i.issued;
    END IF;

    -- 4. The audit records, chained to the company's head (locked; created at the genesis digest if new).
    --    Digest as AuditChain.digestOf: <len>:<sequence>\n, the entry's fields, <len>:<previous digest>\n, UTF-8.
    SELECT h.last_sequence, h.last_digest INTO v_sequence, v_previous FROM q2i_audit_head h WHERE h.company = p_company FOR UPDATE;
    IF NOT FOUND THEN
        INSERT INTO q2i_audit_head (company, last_sequence, last_digest) VALUES (p_company, 0, repeat('0', 64)) ON CONFLICT DO NOTHING;
        SELECT h.last_sequence, h.last_digest INTO v_sequence, v_previous FROM q2i_audit_head h WHERE h.company = p_company FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'audit head of % could not be created', p_company;
        END IF;
    END IF;
    FOR k IN 1..array_length(p_audit_actions, 1) LOOP
        INSERT INTO q2i_audit_record (company, sequence, document_type, document_id, action, actor, occurred_at, document_digest,
                                      details, previous_digest, digest)
        VALUES (p_company, v_sequence + 1, 'INVOICE', p_id, p_audit_actions[k], p_audit_actors[k], p_audit_time, v_digest,
                replace(p_audit_details[k], p_number_mark, v_number), v_previous,
                encode(sha256(convert_to(length((v_sequence + 1)::TEXT) || ':' || (v_sequence + 1)::TEXT || E'\n'
                    || replace(replace(p_audit_fields[k], p_number_mark, v_number), p_digest_mark, v_digest)
                    || length(v_previous) || ':' || v_previous || E'\n', 'UTF8')), 'hex'))
        RETURNING sequence, digest INTO v_sequence, v_previous;
    END LOOP;
    UPDATE q2i_audit_head SET last_sequence = v_sequence, last_digest = v_previous WHERE company = p_company;

    -- 5. The events, in order.
    FOR k IN 1..coalesce(array_length(p_event_types, 1), 0) LOOP
        INSERT INTO q2i_outbox (event_type, document_id, idempotency_key, occurred_at, payload)
        VALUES (p_event_types[k], p_id, replace(p_event_keys[k], p_number_mark, v_number), p_event_time,
                replace(p_event_payloads[k], p_number_mark, v_number));
    END LOOP;

    RETURN ARRAY['ISSUED', v_number, v_digest];
END
$$;
