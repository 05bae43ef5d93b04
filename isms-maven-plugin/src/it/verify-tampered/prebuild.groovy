// Takes the site that the setup project site-verify built (and verified), and flips one bit of one
// byte inside the signed range of a PDF: what a careless edit or a forger would do.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def from = new File(basedir, '../site-verify/target/isms/site').toPath()
def to = new File(basedir, 'target/isms/site').toPath()
assert Files.isDirectory(from): 'site-verify must run first (it is a setup project)'
Files.walk(from).forEach { source ->
    def target = to.resolve(from.relativize(source).toString())
    if (Files.isDirectory(source)) {
        Files.createDirectories(target)
    } else {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING)
    }
}
def pdf = to.resolve('docs/POL-001/POL-001.pdf').toFile()
byte[] bytes = pdf.bytes
int at = new String(bytes, 'ISO-8859-1').indexOf('<xmp:CreatorTool>') + 20
assert at > 20
bytes[at] = (byte) (bytes[at] ^ 0x20)
pdf.bytes = bytes
return true
