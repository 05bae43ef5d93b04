// Both runs are in build.log: the first passed with a warning, the second failed with an error.
def log = new File(basedir, 'build.log').text
def backup = 'src/isms/documents/backup-policy.md:5:10: VERSION_NOT_CHANGED POL-002: content changed in this ' +
        'pull request but version stayed 1.0; raise it to 1.1 (minor change) or 2.0 (major change)'
assert log.contains('[WARNING] ' + backup)
assert log.contains('[ERROR] ' + backup)
assert log.contains('BUILD SUCCESS')
assert log.contains('BUILD FAILURE')
assert log.contains('The ISMS has 1 error(s) and 0 warning(s)')
assert log.contains('isms:review: 2 document change(s) against main')
// Only the one problem: POL-001's version was raised, POL-003 came to main after the branch started.
assert log.readLines().findAll { it ==~ /^\[(ERROR|WARNING)\] src\/isms\/.*/ }.size() == 2
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'build.log holds a Java stack trace'

// review.md of the second run: the comment a CI job posts, written although the goal failed.
def md = new File(basedir, 'target/isms/review.md').text
assert md.startsWith('<!-- isms:review -->\n### ISMS review: 2 changed documents\n')
assert md.contains('| **POL-001** Access Policy<br>`src/isms/documents/access-policy.md` | modified | 1.0 → 1.1 (minor) | CEO: `bob@example.com` |')
assert md.contains('| **POL-002** Backup Policy<br>`src/isms/documents/backup-policy.md` | modified | 1.0 **(not raised)** | CEO: `bob@example.com` |')
assert !md.contains('POL-003')
assert md.contains('- **error** `' + backup.replace(': VERSION_NOT_CHANGED', '` `VERSION_NOT_CHANGED`'))
assert md.contains('<details><summary>POL-001 Access Policy: 1.0 → 1.1</summary>')
assert md.contains('Only the owner grants <ins>and revokes </ins>access.')
assert md.contains('Back up <del>daily</del><ins>every hour</ins>.')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/isms/review.json'))
assert json.base == 'main'
assert json.documents*.id == ['POL-001', 'POL-002']
assert json.documents*.bump == ['minor', 'none']
assert json.documents[0].requiredApprovers == [[role: 'CEO', people: ['bob@example.com'],
        logins: [[email: 'bob@example.com', github: null, gitlab: null]]]]
assert json.errors == 1
assert json.problems*.code == ['VERSION_NOT_CHANGED']
return true
