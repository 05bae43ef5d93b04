import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def pack = new File(basedir, 'target/audit-pack-1.0-audit-pack.zip')
assert pack.isFile()
def installed = new File(localRepositoryPath, 'io/github/isms/it/audit-pack/1.0/audit-pack-1.0-audit-pack.zip')
assert installed.isFile(): "the attached pack was not installed: ${installed}"
assert installed.bytes == pack.bytes

def names = new ZipFile(pack).withCloseable { zip -> zip.entries().collect { it.name } }
for (name in ['index.html', 'index.pdf', 'docs/SCOPE/SCOPE.pdf', 'soa.pdf', 'soa.csv', 'register.csv', 'revisions.csv',
              'manifest.json', 'manifest.json.p7s', 'verification.txt']) {
    assert names.contains(name): name
}
assert names == names.toSorted()
return true
