def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def site = new File(basedir, 'target/isms/site')
for (path in ['docs/POL-001/POL-001.pdf', 'docs/POL-002/POL-002.pdf', 'soa.pdf']) {
    def pdf = new File(site, path)
    assert pdf.isFile(): path
    assert new String(pdf.bytes, 'ISO-8859-1').contains('/ETSI.CAdES.detached'): path
    assert new File(site, 'manifest.json').text.contains('"' + path + '"'): path
}
// The manifest is signed by the same key, and its signature is not listed in it.
assert new File(site, 'manifest.json.p7s').length() > 0
assert !new File(site, 'manifest.json').text.contains('manifest.json.p7s')
assert new File(site, 'docs/POL-001/index.html').text.contains('href="../../docs/POL-001/POL-001.pdf"')
assert new File(site, 'soa.html').text.contains('href="soa.pdf"')

// Signed with the organisation's key (no development key) and verified against its CA.
assert !log.contains('DEVELOPMENT KEY')
assert log.contains('isms:verify: 3 PDF signature(s) and')
// The Word files are written by POI, whose Log4j API logging goes to Maven's log through SLF4J: no complaint
// about a missing logging provider.
assert new File(site, 'docs/POL-001/POL-001.docx').isFile()
assert !log.contains('could not find a logging provider')
// The password is read from the environment and never printed.
assert !log.contains('It-Keystore-Pass-4711')
return true
