// The page DeleteWidget.md is gone: so must be everything generated from it, and nothing else.
def docs = new File(basedir, 'src/main/docs/actions')
assert !new File(docs, 'DeleteWidget.md').exists() : 'the second build deleted the page'
def model = new File(basedir, 'target/generated-sources/docsdk/com/example/demo/model')
assert new File(model, 'DescribeWidgetsRequest.java').isFile()
assert new File(model, 'WidgetInfo.java').isFile()
assert !new File(model, 'DeleteWidgetRequest.java').exists() : 'stale request class removed'
assert !new File(model, 'DeleteWidgetResponse.java').exists() : 'stale response class removed'
def client = new File(basedir, 'target/generated-sources/docsdk/com/example/demo/DemoClient.java').text
assert client.contains('describeWidgets(')
assert !client.contains('deleteWidget(')
def json = new File(basedir, 'target/generated-resources/docsdk/META-INF/docsdk/demo-2023-01-01.json').text
assert !json.contains('DeleteWidget')
def log = new File(basedir, "build.log").text
assert log =~ /docsdk: demo 2023-01-01: 2 actions, / : "the first build saw both pages"
assert log =~ /docsdk: demo 2023-01-01: 1 actions?, /
return true
