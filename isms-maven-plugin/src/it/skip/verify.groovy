def log = new File(basedir, 'build.log').text
assert log.contains('isms:check skipped')
assert log.contains('BUILD SUCCESS')
assert !log.contains('FRONT_MATTER_MISSING')
assert !new File(basedir, 'target/isms/diagnostics.json').exists()
return true
