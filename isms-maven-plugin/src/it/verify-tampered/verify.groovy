def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('[ERROR] docs/POL-001/POL-001.pdf:1:1: SIGNATURE_DIGEST')
assert log.contains('[ERROR] docs/POL-001/POL-001.pdf:1:1: MANIFEST_CHANGED')
// Only the changed file is named.
assert !log.contains('POL-002.pdf:1:1')
assert !log.contains('soa.pdf:1:1')
return true
