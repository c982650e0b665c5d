using System.Xml;
using System.Xml.Linq;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;
using Modernize.Model.Graph;
using Modernize.Model.Rules;
using Modernize.Reporting.Junit;

namespace Modernize.Reporting.Tests.Junit;

public sealed class JunitWriterTests
{
    [Fact]
    public void One_testcase_per_rule_failing_with_its_new_violations_parsed_back()
    {
        RuleDeclaration[] rules = [Rule("no-new-system-web"), Rule("tissue-knows-no-cell"), Rule("web-not-data")];
        Violation[] fresh =
        [
            V("no-new-system-web", "Shop.Web.Orders.CartController<T>", "System.Web.HttpContext & \"friends\"", Severity.Error),
            V("no-new-system-web", "Shop.Web.Global", "System.Web.HttpApplication\u0001", Severity.Error),
            V("web-not-data", "Shop.Web.A", "Shop.Data.B", Severity.Warning),
        ];
        Violation[] old = [V("tissue-knows-no-cell", "Shop.Common.Logger", "Shop.Business.Ordering.OrderService", Severity.Error)];

        using var writer = new StringWriter();
        JunitWriter.Write(rules, fresh, old, writer);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(writer.ToString()), settings);
        var document = XDocument.Load(reader);

        var suite = Assert.Single(document.Root!.Elements("testsuite"));
        Assert.Equal("modernize check", (string?)suite.Attribute("name"));
        Assert.Equal("3", (string?)suite.Attribute("tests"));
        Assert.Equal("1", (string?)suite.Attribute("failures"));
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(["no-new-system-web", "tissue-knows-no-cell", "web-not-data"], cases.Select(c => (string?)c.Attribute("name")));
        var failure = Assert.Single(cases[0].Elements("failure"));
        Assert.StartsWith("2 new violations of no-new-system-web", (string?)failure.Attribute("message"), StringComparison.Ordinal);
        Assert.Contains("Shop.Web.Orders.CartController<T> -> System.Web.HttpContext & \"friends\" [api] at Shop.Web/X.cs:3", failure.Value, StringComparison.Ordinal);
        Assert.Contains("System.Web.HttpApplication\uFFFD", failure.Value, StringComparison.Ordinal);
        Assert.Empty(cases[1].Elements("failure"));
        Assert.Contains("1 baselined violation(s) tolerated", cases[1].Element("system-out")!.Value, StringComparison.Ordinal);
        Assert.Empty(cases[2].Elements("failure"));
        Assert.Contains("Shop.Web.A -> Shop.Data.B", cases[2].Element("system-out")!.Value, StringComparison.Ordinal);
    }

    private static RuleDeclaration Rule(string id) => new(id, null, null, [], [], [], null, "error", id + " text", 1);

    private static Violation V(string rule, string from, string to, Severity severity) =>
        new(rule, rule + " text", severity, from, to, "api", new SourceLocation("Shop.Web/X.cs", 3), $"{from} uses {to}", Fingerprint.Of(rule, [from, to]));
}
