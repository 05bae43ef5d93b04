def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('ISMS: 2 document(s), 0 error(s), 0 warning(s)')
def json = new File(basedir, 'target/isms/diagnostics.json')
assert json.isFile()
assert new groovy.json.JsonSlurper().parse(json).diagnostics.isEmpty()
return true
