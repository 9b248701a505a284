// The failing run names the breaking change and how to accept it; the report lists exactly the
// two changes with their classification and the suggested next version.
def log = new File(basedir, 'build.log').text
assert log.contains('docsdk diff: demo: 1 breaking change(s) against')
assert log.contains('-Ddocsdk.diff.allowBreaking=true')
assert log =~ /\[ERROR\] breaking: DeleteWidget\.request\.force: member removed/
assert log.contains('BUILD FAILURE')
assert log.contains('BUILD SUCCESS')
def md = new File(basedir, 'target/docsdk-diff/demo-diff.md').text
assert md.contains('**1 breaking**, 0 risky, 1 compatible changes.')
assert md.contains('Suggested next version: **2.0.0**')
assert md.contains('- member removed `DeleteWidget.request.force` (was `Boolean`) — was at actions/DeleteWidget.md:12')
assert md.contains('- member added `DeleteWidget.request.dryRun` (`Boolean`) — actions/DeleteWidget.md:12')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/docsdk-diff/demo-diff.json'))
assert json.summary.breaking == 1
assert json.changes*.kind == ['MEMBER_REMOVED', 'MEMBER_ADDED']
return true
