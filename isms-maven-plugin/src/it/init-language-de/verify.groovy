def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')

// isms:init wrote the German set: the same ids, in German, saying so in their front matter.
def policy = new File(basedir, 'src/isms/documents/policies/information-security-policy.md').text
assert policy.contains('id: POL-001')
assert policy.contains('title: Informationssicherheitsleitlinie')
assert policy.contains('language: de')
assert new File(basedir, 'src/isms/risks.yaml').text.contains('Fast sicher')

// The new ISMS passed isms:check with mandatory documents as errors, without a single warning.
assert log =~ /ISMS: 33 document\(s\), 0 error\(s\), 0 warning\(s\)/
return true
