// crimegraph schema: one uniqueness constraint per entity key (design.md §2), plus lookup indexes.
// Every statement is IF NOT EXISTS, so applying the file again changes nothing.
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.reportId IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.personId IS UNIQUE;
CREATE CONSTRAINT phone_e164 IF NOT EXISTS FOR (n:Phone) REQUIRE n.e164 IS UNIQUE;
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (n:Account) REQUIRE n.accountId IS UNIQUE;
CREATE CONSTRAINT vehicle_key IF NOT EXISTS FOR (n:Vehicle) REQUIRE n.vehicleKey IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.locationId IS UNIQUE;
CREATE CONSTRAINT route_id IF NOT EXISTS FOR (n:Route) REQUIRE n.routeId IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.orgId IS UNIQUE;
CREATE CONSTRAINT call_id IF NOT EXISTS FOR (n:Call) REQUIRE n.callId IS UNIQUE;
CREATE CONSTRAINT transaction_id IF NOT EXISTS FOR (n:Transaction) REQUIRE n.txId IS UNIQUE;
CREATE CONSTRAINT crossing_id IF NOT EXISTS FOR (n:Crossing) REQUIRE n.crossingId IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.meetingId IS UNIQUE;
CREATE INDEX vehicle_vrm IF NOT EXISTS FOR (n:Vehicle) ON (n.vrm);
// Descriptive values are claims on (Report)-[:ASSERTS]->(node) (docs/provenance.md): the normalised name
// claimed for a person is indexed for entity resolution (cypher/resolve/same-name-dob.cypher).
CREATE INDEX claim_name_key IF NOT EXISTS FOR ()-[a:ASSERTS]-() ON (a.nameKey);
// Scoring runs (cypher/runs/): one node per run, kept forever; the run lock is one node per name.
CREATE CONSTRAINT scoring_run_id IF NOT EXISTS FOR (n:ScoringRun) REQUIRE n.runId IS UNIQUE;
CREATE CONSTRAINT run_lock_name IF NOT EXISTS FOR (n:RunLock) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT audit_anchor_log IF NOT EXISTS FOR (n:AuditAnchor) REQUIRE n.log IS UNIQUE;
CREATE CONSTRAINT store_identity_name IF NOT EXISTS FOR (n:StoreIdentity) REQUIRE n.name IS UNIQUE;
// Name search for entity lookup (crimegraph find/path/...): full-text over the names and aliases each report
// claims (on its ASSERTS relationship), so that a hit names the report behind it and a release rule can drop
// hits that only withheld reports support (cypher/query/name-search.cypher).
// 'standard-folding' = standard tokeniser + lower-case + ASCII folding, so "kevin dubois" finds "Kévin Dubois".
CREATE FULLTEXT INDEX claim_names IF NOT EXISTS FOR ()-[a:ASSERTS]-() ON EACH [a.name, a.aliases] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
// Ingestion ledger (docs/input-formats.md, "Resuming"): one node per input file content and load settings,
// one per completed batch, written in the batch's own transaction.
CREATE CONSTRAINT ingest_file_key IF NOT EXISTS FOR (n:IngestFile) REQUIRE n.fileKey IS UNIQUE;
CREATE CONSTRAINT ingest_batch_key IF NOT EXISTS FOR (n:IngestBatch) REQUIRE n.batchKey IS UNIQUE;
CREATE INDEX ingest_batch_file IF NOT EXISTS FOR (n:IngestBatch) ON (n.fileKey);
// Entity-resolution decision history (cypher/resolve/).
CREATE INDEX resolution_decision_pair IF NOT EXISTS FOR (n:ResolutionDecision) ON (n.a, n.b);
// Watchlist (cypher/watch/): one entry per watched person; alerts and watch states hang off their run.
CREATE CONSTRAINT watch_entry_person IF NOT EXISTS FOR (n:WatchEntry) REQUIRE n.personId IS UNIQUE;
// Schema marker (docs/provenance.md §7): the data model version this store was written with.
CREATE CONSTRAINT crimegraph_schema_name IF NOT EXISTS FOR (n:CrimegraphSchema) REQUIRE n.name IS UNIQUE;
