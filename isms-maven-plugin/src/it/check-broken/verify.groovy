// The build failed (invoker.properties); here: it failed for the right reasons, each named at its place.
def log = new File(basedir, 'build.log').text
def doc = 'src/isms/documents/'
def expected = [
    "[ERROR] ${doc}bad-date.md:6:12: DATE_INVALID ",
    "[ERROR] ${doc}bomb.md:5:17: YAML_LIMIT ",
    "[ERROR] ${doc}empty.md:1:1: FRONT_MATTER_MISSING ",
    "[ERROR] ${doc}latin1.md:3:11: FILE_ENCODING ",
    "[ERROR] ${doc}malformed.md:3:14: YAML_SYNTAX ",
    "[ERROR] ${doc}missing-version.md:2:1: KEY_REQUIRED ",
    "[WARNING] ${doc}missing-version.md:5:1: KEY_UNKNOWN ",
    "[ERROR] ${doc}procedures/dup-a.md:2:5: ID_DUPLICATE ",
    "[ERROR] ${doc}procedures/dup-b.md:2:5: ID_DUPLICATE ",
    "[ERROR] ${doc}unclosed.md:1:1: FRONT_MATTER_UNCLOSED ",
    "[ERROR] ${doc}unknown-role.md:6:8: ROLE_UNKNOWN ",
    "[ERROR] ${doc}unknown-role.md:7:17: CLASSIFICATION_UNKNOWN ",
    "[ERROR] ${doc}wrong-type.md:3:8: KEY_TYPE ",
    "[ERROR] src/isms/isms.yaml:11:11: INTERVAL_INVALID ",
]*.toString()

def reported = log.readLines().findAll { it ==~ /^\[(ERROR|WARNING)\] src\/isms\/.*/ }
expected.each { line -> assert reported.any { it.startsWith(line) } : "build.log lacks a line starting with: ${line}" }
assert reported.size() == expected.size() : "unexpected diagnostics:\n${reported.join('\n')}"
// All of them in one run, in reading order (by path, line, column).
assert reported.collect { it.split(' ')[0..2].join(' ') + ' ' } == expected

assert log.contains('The ISMS has 13 error(s) and 1 warning(s)')
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'build.log holds a Java stack trace'
assert !log.contains('Caused by:')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/isms/diagnostics.json'))
assert json.errors == 13 && json.warnings == 1
return true
