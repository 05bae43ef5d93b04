
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// isms:check reports the drafts and the evidence that does not count, at the version lines. (It judges
// overdue reviews at today's date, which a test can not fix; the site below is judged at the output timestamp.)
assert log =~ /src\/isms\/documents\/backup-policy\.md:5:10: DOCUMENT_DRAFT POL-002 version 1\.0 is a draft/
assert log =~ /src\/isms\/documents\/access-policy\.md:5:10: DOCUMENT_DRAFT POL-003 version 1\.0 is a draft/
assert log =~ /APPROVAL_WITHOUT_ROLE POL-003: approval evidence \(trailer\) from Dave Dev <dave@example\.com> does not count/
assert !(log =~ /DOCUMENT_DRAFT POL-001/)

def site = new File(basedir, 'target/site/isms')
def lines = new File(site, 'register.csv').readLines()
def header = lines[0].split(',') as List
def rows = lines.drop(1).collectEntries { line ->
    def cells = line.split(',', -1) as List
    [(cells[0]): [header, cells].transpose().collectEntries()]
}
assert rows['POL-001'].version == '1.1'
assert rows['POL-001'].state == 'approved'
assert rows['POL-001'].approved == '2026-01-12'
assert rows['POL-001'].approved_by == 'Bob Ceo'
assert rows['POL-001'].next_review == '2027-01-12'
assert rows['POL-001'].review_overdue == 'yes'
assert rows['POL-001'].in_force == '1.1'
assert rows['POL-001'].pending == ''
assert rows['POL-002'].state == 'draft'
assert rows['POL-002'].approved == ''
assert rows['POL-003'].state == 'draft'

def page = new File(site, 'docs/POL-001/index.html').text
assert page.contains('<th scope="row">1.1</th><td class="date"><time datetime="2026-01-12">January 12, 2026</time></td><td>Carol Writer</td><td>Bob Ceo (CEO, trailer)</td><td>Security policy: funding</td><td class="record"><code>')
assert page.contains('<th scope="row"><a href="../../docs/POL-001/v1.0/index.html">1.0</a></th><td class="date"><time datetime="2026-01-10">January 10, 2026</time></td><td>Carol Writer</td><td>Bob Ceo (CEO, trailer)</td><td>Information security policy</td><td class="record"><code>')
def superseded = new File(site, 'docs/POL-001/v1.0/index.html').text
assert superseded.contains('<strong>Superseded.</strong>')
assert superseded.contains('Management supports information security.')
assert new File(site, 'docs/POL-002/index.html').text.contains('<strong>Draft.</strong>')
return true
