def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('isms:check')
['failOnWarning', 'skip', 'sourceDirectory', 'documentsDirectory', 'outputDirectory', 'maxFileBytes'].each {
    assert log.contains(it) : "isms:help does not describe ${it}"
}
assert log.contains('User property: isms.failOnWarning')
return true
