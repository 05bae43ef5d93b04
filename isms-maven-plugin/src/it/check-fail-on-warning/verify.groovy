def log = new File(basedir, 'build.log').text
def warning = '[WARNING] src/isms/documents/typo.md:6:1: KEY_UNKNOWN unknown key \'reveiw\''
assert log.contains(warning)
assert log.contains('ISMS: 1 document(s), 0 error(s), 1 warning(s)')
assert log.contains('BUILD SUCCESS')
assert log.contains('The ISMS has 0 error(s) and 1 warning(s)')
assert log.contains('BUILD FAILURE')
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'build.log holds a Java stack trace'
return true
