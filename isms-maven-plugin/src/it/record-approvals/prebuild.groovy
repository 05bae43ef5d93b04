// A repository as GitHub's web UI leaves it: a first commit pushed directly, pull request #1 merged with a
// merge commit, pull request #2 squash-merged. Then a fake GitHub REST API on loopback that answers for
// them as GitHub documents it (pages linked by Link headers, one rate limit), started in this JVM and
// stopped by verify.groovy; its address goes to the forked Maven through .mvn/maven.config.
import com.sun.net.httpserver.HttpServer
import java.util.concurrent.Executors

gitCommand = evaluate(new File(itSources, 'git-command.groovy'))
def git(Map env = [:], String... args) {
    gitCommand(basedir, env, args.toList())
}
def as(String name, String email, String date, String... args) {
    git(['GIT_AUTHOR_NAME': name, 'GIT_AUTHOR_EMAIL': email, 'GIT_AUTHOR_DATE': date,
         'GIT_COMMITTER_NAME': name, 'GIT_COMMITTER_EMAIL': email, 'GIT_COMMITTER_DATE': date], args)
    git('rev-parse', 'HEAD').trim()
}
def write(String path, String id, String version, String body) {
    def file = new File(basedir, "src/isms/documents/${path}")
    file.parentFile.mkdirs()
    file.text = "---\nid: ${id}\ntitle: ${id}\ntype: policy\nversion: \"${version}\"\n---\n\n${body}\n"
}

new File(basedir, 'target').mkdirs()
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n*.groovy\n.mvn/\n'
git('init', '-q', '-b', 'main')
write('access.md', 'POL-001', '1.0', 'Only the owner grants access.')
git('add', '-A')
def first = as('Alice Ciso', 'alice@example.com', '2026-02-02T09:00:00+0100', 'commit', '-q', '-m', 'Start')

git('checkout', '-q', '-b', 'mfa')
write('access.md', 'POL-001', '1.1', 'Only the owner grants access; admins use MFA.')
git('add', '-A')
def head1 = as('Carol Writer', 'carol@example.com', '2026-02-03T10:00:00+0100', 'commit', '-q', '-m', 'MFA for admins')
git('checkout', '-q', 'main')
def merge = as('Dave Dev', 'dave@example.com', '2026-02-03T11:00:00+0100',
        'merge', '-q', '--no-ff', '-m', 'Merge pull request #1 from org/mfa', 'mfa')

git('checkout', '-q', '-b', 'backup')
write('backup.md', 'POL-002', '1.0', 'Back up hourly.')
git('add', '-A')
def head2 = as('Carol Writer', 'carol@example.com', '2026-02-04T10:00:00+0100', 'commit', '-q', '-m', 'Backups')
git('checkout', '-q', 'main')
git('merge', '-q', '--squash', 'backup')
def squash = as('Carol Writer', 'carol@example.com', '2026-02-04T11:00:00+0100', 'commit', '-q', '-m', 'Backups (#2)')
new File(basedir, 'target/commits.properties').text = "first=${first}\nmerge=${merge}\nsquash=${squash}\nhead1=${head1}\n"

def pull = { int n, String mergeCommit, String head, String title, String mergedAt ->
    """{"number": ${n}, "state": "closed", "title": "${title}", "user": {"login": "carol-c"},
        "html_url": "https://github.example.com/org/isms/pull/${n}", "head": {"ref": "b${n}", "sha": "${head}"},
        "merge_commit_sha": "${mergeCommit}", "merged_at": "${mergedAt}", "merged_by": {"login": "dave-d"}}"""
}
def review = { int id, String login, String state, String commit, String at ->
    """{"id": ${id}, "user": {"login": "${login}"}, "state": "${state}", "commit_id": "${commit}", "submitted_at": "${at}"}"""
}
def server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0)
def api = "http://127.0.0.1:${server.address.port}/api/v3"
def answers = [
    ("/api/v3/repos/org/isms/commits/${first}/pulls?per_page=100".toString()): '[]',
    ("/api/v3/repos/org/isms/pulls?state=closed&per_page=100".toString()): '[]',
    ("/api/v3/repos/org/isms/commits/${merge}/pulls?per_page=100".toString()):
            '[' + pull(1, merge, head1, 'MFA for admins', '2026-02-03T10:00:00Z') + ']',
    ("/api/v3/repos/org/isms/pulls/1".toString()): pull(1, merge, head1, 'MFA for admins', '2026-02-03T10:00:00Z'),
    ("/api/v3/repos/org/isms/pulls/1/reviews?per_page=100".toString()):
            '[' + review(11, 'erin-e', 'APPROVED', head1, '2026-02-03T09:10:00Z') + ']',
    ("/api/v3/repos/org/isms/pulls/1/reviews?per_page=100&page=2".toString()):
            '[' + review(12, 'bob-b', 'APPROVED', head1, '2026-02-03T09:30:00Z') + ',' +
            review(13, 'erin-e', 'DISMISSED', head1, '2026-02-03T09:10:00Z') + ']',
    ("/api/v3/repos/org/isms/commits/${squash}/pulls?per_page=100".toString()):
            '[' + pull(2, squash, head2, 'Backups', '2026-02-04T10:00:00Z') + ']',
    ("/api/v3/repos/org/isms/pulls/2".toString()): pull(2, squash, head2, 'Backups', '2026-02-04T10:00:00Z'),
    ("/api/v3/repos/org/isms/pulls/2/reviews?per_page=100".toString()):
            '[' + review(21, 'bob-b', 'APPROVED', head2, '2026-02-04T09:45:00Z') + ']',
    '/api/v3/users/bob-b': '{"login": "bob-b", "name": "Bob Becker", "email": "bob@example.com"}',
    '/api/v3/users/erin-e': '{"login": "erin-e", "name": null, "email": null}',
    '/api/v3/users/carol-c': '{"login": "carol-c", "name": "Carol Writer", "email": null}',
    '/api/v3/users/dave-d': '{"login": "dave-d", "name": "Dave Dev", "email": null}',
]
def requests = Collections.synchronizedList([])
def rateLimited = [false]
server.createContext('/') { exchange ->
    def path = exchange.requestURI.rawPath + (exchange.requestURI.rawQuery ? '?' + exchange.requestURI.rawQuery : '')
    requests << path + ' ' + exchange.requestHeaders.getFirst('Authorization')
    def body = answers[path]
    int status = 200
    if (path == '/api/v3/repos/org/isms/pulls/1' && !rateLimited[0]) {
        // GitHub's primary rate limit: nothing left until the reset, a second from now.
        rateLimited[0] = true
        status = 403
        body = '{"message": "API rate limit exceeded"}'
        exchange.responseHeaders.add('X-RateLimit-Remaining', '0')
        exchange.responseHeaders.add('X-RateLimit-Reset', String.valueOf(System.currentTimeMillis().intdiv(1000) + 1))
    } else if (body == null) {
        status = 404
        body = '{"message": "Not Found"}'
    }
    if (path == '/api/v3/repos/org/isms/pulls/1/reviews?per_page=100') {
        exchange.responseHeaders.add('Link', "<${api}/repos/org/isms/pulls/1/reviews?per_page=100&page=2>; rel=\"next\"")
    }
    def bytes = body.getBytes('UTF-8')
    exchange.responseHeaders.add('Content-Type', 'application/json; charset=utf-8')
    exchange.sendResponseHeaders(status, bytes.length)
    exchange.responseBody.withCloseable { it.write(bytes) }
}
server.executor = Executors.newSingleThreadExecutor()
server.start()
System.properties.put('isms.it.fakeGitHub', server)
System.properties.put('isms.it.fakeGitHub.requests', requests)
new File(basedir, '.mvn').mkdirs()
new File(basedir, '.mvn/maven.config').text = "-Disms.apiUrl=${api}\n"
return true
