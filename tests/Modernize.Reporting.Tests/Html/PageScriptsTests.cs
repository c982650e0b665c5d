using System.Text.RegularExpressions;
using Modernize.Reporting.Html;

namespace Modernize.Reporting.Tests.Html;

/// <summary>The page scripts are many small files inlined in a fixed order; a file left out of the order would never run.</summary>
public sealed partial class PageScriptsTests
{
    private static readonly string[] Embedded = typeof(PageScripts).Assembly.GetManifestResourceNames();

    [Fact]
    public void Every_embedded_page_script_is_inlined_into_a_page_and_every_listed_one_is_embedded()
    {
        var libraries = ReportAssets.Libraries.Select(l => l.Resource).ToHashSet(StringComparer.Ordinal);
        var scripts = Embedded.Where(r => r.StartsWith("web/", StringComparison.Ordinal) && r.EndsWith(".js", StringComparison.Ordinal) && !libraries.Contains(r)).ToList();

        Assert.Contains("web/report/sections/cells-map.js", scripts);
        Assert.Equal(scripts.Order(StringComparer.Ordinal), PageScripts.Report.Union(PageScripts.Portfolio).Order(StringComparer.Ordinal));
        Assert.Equal(PageScripts.Report.Count, PageScripts.Report.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Each_module_defines_one_name_used_only_after_it_is_defined()
    {
        var defined = new List<string>();
        foreach (var resource in PageScripts.Report.Where(r => !r.EndsWith("/page.js", StringComparison.Ordinal)))
        {
            var code = ReportAssets.Read(resource);
            var names = TopLevelName().Matches(code).Select(m => m.Groups["name"].Value).ToList();
            Assert.True(names.Count == 1, $"{resource} defines {names.Count} top-level names ({string.Join(", ", names)}); a module defines exactly one");
            Assert.DoesNotContain(names[0], defined);

            var later = PageScripts.Report.SkipWhile(r => r != resource).Skip(1).Select(r => TopLevelName().Match(ReportAssets.Read(r)).Groups["name"].Value).Where(n => n.Length > 0);
            foreach (var name in later)
            {
                Assert.False(Regex.IsMatch(code, $@"\b{name}\.|\b{name}\("), $"{resource} uses {name}, which is defined after it");
            }

            defined.Add(names[0]);
        }
    }

    [Fact]
    public void The_scripts_run_in_one_strict_function_scope_in_the_listed_order()
    {
        var joined = PageScripts.Join(PageScripts.Report);

        Assert.StartsWith("(function () {\n'use strict';", joined, StringComparison.Ordinal);
        Assert.EndsWith("})();", joined, StringComparison.Ordinal);
        var positions = PageScripts.Report.Select(r => joined.IndexOf("/* ---- " + r + " ---- */", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [GeneratedRegex(@"^(?:var|let|const|function) (?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelName();
}
