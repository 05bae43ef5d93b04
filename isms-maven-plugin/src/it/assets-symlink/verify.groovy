// The build failed (invoker.properties) at the links into the linked folder, and nothing from it was published.
def log = new File(basedir, 'build.log').text
def doc = 'clone/src/isms/documents/policy.md'
assert log.contains("[ERROR] ${doc}:9:25: FILE_OUTSIDE_SOURCE ") : log
assert log.contains("[ERROR] ${doc}:9:66: FILE_OUTSIDE_SOURCE ") : log
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'build.log holds a Java stack trace'

def target = new File(basedir, 'target')
def leaked = []
target.eachFileRecurse { file ->
    if (file.isFile() && file.text.contains('build-secret-4711')) {
        leaked << file
    }
}
assert leaked.isEmpty() : "the build machine's file reached ${leaked}"
assert !new File(basedir, 'target/isms/site/assets/.m2/settings.xml').exists()
return true
