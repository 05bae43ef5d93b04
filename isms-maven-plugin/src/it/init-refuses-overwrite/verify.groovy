def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')

// Both existing files are named, each on a diagnostic line of its own.
def refused = log.readLines().findAll { it.startsWith('[ERROR] src/isms/') && it.contains(' INIT_FILE_EXISTS ') }
assert refused.size() == 2 : "expected two INIT_FILE_EXISTS lines:\n${refused.join('\n')}"
assert refused[0].startsWith('[ERROR] src/isms/documents/policies/backup-policy.md')
assert refused[1].startsWith('[ERROR] src/isms/isms.yaml')
assert log.contains('isms:init wrote nothing')
if (!log.contains('Error stacktraces are turned on')) { // without -e, a refusal is a message, never a stack trace
    assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'build.log holds a Java stack trace'
}

// Nothing was written or changed.
assert new File(basedir, 'src/isms/isms.yaml').text.startsWith('organization: {name: Already Here}')
def files = []
new File(basedir, 'src').eachFileRecurse { if (it.isFile()) files << it }
assert files.size() == 2 : "files under src: ${files}"
return true
