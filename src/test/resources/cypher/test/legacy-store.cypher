// Test only: a small graph written the way crimegraph wrote it before values became claims (schema 1):
// descriptive values on nodes, periods as from/to on relationships, no schema marker.
MATCH (m:CrimegraphSchema) DELETE m
CREATE (rp:Report {reportId: 'R-P', agency: 'NCA', grade: '1B', handling: 'P'})
CREATE (rc:Report {reportId: 'R-C', agency: 'DNRED', grade: '1A', handling: 'C'})
CREATE (shared:Person {personId: 'P1', name: 'Shared Name', nameKey: 'shared name', aliases: ['Alias One'], dob: date('1970-01-01')})
CREATE (mixed:Person {personId: 'P2', name: 'Mixed Name', nameKey: 'mixed name', aliases: [], nationality: 'FR'})
CREATE (a:Phone {e164: '+447700900001'}), (b:Phone {e164: '+447700900002'})
CREATE (c:Call {callId: 'C1', start: datetime('2024-01-02T03:04:00Z'), durationS: 60})
CREATE (rp)-[:ASSERTS]->(shared), (rp)-[:ASSERTS]->(mixed), (rc)-[:ASSERTS]->(mixed)
CREATE (rp)-[:ASSERTS]->(c), (rc)-[:ASSERTS]->(c), (rp)-[:ASSERTS]->(a), (rp)-[:ASSERTS]->(b)
CREATE (shared)-[:USES {reportIds: ['R-P'], from: date('2023-01-01')}]->(a)
CREATE (mixed)-[:USES {reportIds: ['R-P', 'R-C'], from: date('2023-02-01'), to: date('2024-02-01')}]->(b)
CREATE (a)-[:CALLER {reportIds: ['R-P', 'R-C']}]->(c)
CREATE (c)-[:CALLEE {reportIds: ['R-P', 'R-C']}]->(b)
