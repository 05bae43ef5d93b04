// Makes the ISMS's git history with fixed identities and dates, as merge requests and pull requests would.
gitCommand = evaluate(new File(itSources, 'git-command.groovy'))
def git(Map env = [:], String... args) {
    gitCommand(basedir, env, args.toList())
}

def identity(String name, String email, String date) {
    ['GIT_AUTHOR_NAME': name, 'GIT_AUTHOR_EMAIL': email, 'GIT_AUTHOR_DATE': date,
     'GIT_COMMITTER_NAME': name, 'GIT_COMMITTER_EMAIL': email, 'GIT_COMMITTER_DATE': date]
}

def write(String path, String id, String title, String version, String body) {
    def file = new File(basedir, "src/isms/documents/${path}")
    file.parentFile.mkdirs()
    file.text = "---\nid: ${id}\ntitle: ${title}\ntype: policy\nversion: ${version}\n---\n\n# ${title}\n\n${body}\n"
}

def alice = ['Alice Ciso', 'alice@example.com']
def carol = ['Carol Writer', 'carol@example.com']

new File(basedir, 'target').mkdirs()
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n*.groovy\n'
git('init', '-q', '-b', 'main')
git(identity(*alice, '2026-01-05T09:00:00+0100'), 'add', '-A')
git(identity(*alice, '2026-01-05T09:00:00+0100'), 'commit', '-q', '-m', 'Start the ISMS')

// A change request: a side branch written by Carol, merged into main at noon of the next day.
def mergeRequest(String branch, String path, String id, String title, String version, String body, String day,
                 List<String> merger, String message) {
    git('checkout', '-q', '-b', branch)
    write(path, id, title, version, body)
    git('add', '-A')
    git(identity('Carol Writer', 'carol@example.com', "2026-01-${day}T10:00:00+0100"), 'commit', '-q', '-m', title)
    git('checkout', '-q', 'main')
    def next = String.format('%02d', (day as int) + 1)
    git(identity(*merger, "2026-01-${next}T12:00:00+0100"), 'merge', '-q', '--no-ff', '-m', message, branch)
}

// A GitLab merge request approved by the CEO.
mergeRequest('security-policy', 'security-policy.md', 'POL-001', 'Information Security Policy', '1.0',
        'Management supports information security.', '09', alice,
        "Merge branch 'security-policy' into 'main'\n\nInformation security policy\n\nApproved-by: Bob Ceo <bob@example.com>")

// Version 1.1, approved by the CEO again: 1.0 becomes superseded.
mergeRequest('security-policy-2', 'security-policy.md', 'POL-001', 'Information Security Policy', '1.1',
        'Management supports and funds information security.', '11', alice,
        "Merge branch 'security-policy-2' into 'main'\n\nSecurity policy: funding\n\nApproved-by: Bob Ceo <bob@example.com>")

// A GitHub pull request merged without approval evidence in git: a draft.
mergeRequest('backup', 'backup-policy.md', 'POL-002', 'Backup Policy', '1.0', 'Back up daily.', '13', carol,
        "Merge pull request #3 from example/backup\n\nBackup policy")

// Approved by someone without the approver role: reported, and it does not count.
mergeRequest('access', 'access-policy.md', 'POL-003', 'Access Policy', '1.0', 'Least privilege.', '15', alice,
        "Merge branch 'access' into 'main'\n\nAccess policy\n\nApproved-by: Dave Dev <dave@example.com>")
return true
