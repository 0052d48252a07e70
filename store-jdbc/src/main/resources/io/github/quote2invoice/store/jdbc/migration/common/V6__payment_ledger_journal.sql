-- The payment ledger's journal (receivable.PaymentBook kept in a LedgerJournal): every change a book's
-- ledger went through, in order, one typed row each; the ledger is what replaying them makes.
-- Append-only (V7 triggers refuse UPDATE and DELETE). Appends to a book lock its head row
-- (q2i_ledger_head) and write only when the book is still where the writer read it (entry count and
-- chain digest); otherwise the writer reads what was appended and tries again.

CREATE TABLE q2i_ledger_entry (
    book               VARCHAR(200) NOT NULL,
    position           INTEGER NOT NULL,
    kind               VARCHAR(20) NOT NULL,      -- REGISTERED, CREDITED, RECORDED, ALLOCATED, REVERSED
    currency           CHAR(3) NOT NULL,
    amount             NUMERIC(19, 4) NOT NULL,   -- receivable, credit, payment, allocation or reversal amount
    invoice_id         VARCHAR(100),              -- REGISTERED, CREDITED, ALLOCATED
    invoice_number     VARCHAR(100),              -- REGISTERED
    buyer_id           VARCHAR(200),              -- REGISTERED, RECORDED
    buyer_name         VARCHAR(200),              -- REGISTERED
    issue_date         DATE,                      -- REGISTERED
    due_date           DATE,                      -- REGISTERED
    creditor_reference VARCHAR(35),               -- REGISTERED (ISO 11649), when the invoice has one
    credit_note_id     VARCHAR(100),              -- CREDITED
    payment_id         VARCHAR(100),              -- RECORDED, ALLOCATED, REVERSED
    payment_method     VARCHAR(30),               -- RECORDED
    received_on        DATE,                      -- RECORDED
    external_reference VARCHAR(1000),             -- RECORDED, when known
    payer_name         VARCHAR(1000),             -- RECORDED, when known
    reversal_id        VARCHAR(100),              -- REVERSED
    reversal_kind      VARCHAR(20),               -- REVERSED: REFUND or CHARGEBACK
    reversed_on        DATE,                      -- REVERSED
    chain              CHAR(64) NOT NULL,         -- LedgerChain digest after this entry
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (book, position)
);

-- One row per book: how many entries it has and the chain digest after the last; locked to append.
CREATE TABLE q2i_ledger_head (
    book    VARCHAR(200) NOT NULL PRIMARY KEY,
    entries INTEGER NOT NULL,
    chain   CHAR(64) NOT NULL
);

-- Keys of changes applied at most once (a payment provider's event id), written with the change's entries.
CREATE TABLE q2i_ledger_key (
    book       VARCHAR(200) NOT NULL,
    ledger_key VARCHAR(300) NOT NULL,
    position   INTEGER NOT NULL,                  -- where the book's journal stood when the key was used
    used_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (book, ledger_key)
);
