using System.Text.RegularExpressions;
using Modernize.Reporting.Html;

namespace Modernize.Reporting.Tests.Html;

public sealed partial class HtmlReportWriterTests
{
    [Fact]
    public void The_report_is_one_file_whose_scripts_and_styles_are_all_inline()
    {
        var html = Write(SampleScans.HostileShop());

        Assert.Equal(ReportAssets.Libraries.Count + 2, ScriptOpen().Count(html));
        Assert.Equal(ReportAssets.Libraries.Count + 2, Regex.Count(html, "</script>", RegexOptions.IgnoreCase));
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Scanned_text_appears_only_escaped_inside_the_data_element()
    {
        var html = Write(SampleScans.HostileShop());

        Assert.DoesNotContain(SampleScans.ScriptPayload, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Shop.Orders\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e", html, StringComparison.Ordinal);
        Assert.Contains("<title>Modernize report: Shop.sln&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_footer_data_names_the_exact_library_versions_from_the_lock_file()
    {
        Assert.Contains(ReportAssets.Versions, l => l.Name == "cytoscape" && Regex.IsMatch(l.Version, @"^\d+\.\d+\.\d+$"));
        Assert.Contains(ReportAssets.Versions, l => l.Name == "echarts" && l.License == "Apache-2.0");
    }

    [Fact]
    public void Kpi_deltas_are_judged_by_which_way_is_better()
    {
        var model = ReportModelBuilder.Build(SampleScans.Shop());

        var crossCell = model.Kpis.Single(k => k.Key == "crossCellDependencies");
        Assert.Equal(-2, crossCell.Delta);
        Assert.Equal("better", crossCell.Direction);
        Assert.Equal([7, 6, 4], crossCell.Trend.Select(v => v ?? double.NaN));
        var types = model.Kpis.Single(k => k.Key == "types");
        Assert.Equal("same", types.Direction);
    }

    [Fact]
    public void The_namespace_matrix_groups_namespaces_by_cell_and_marks_the_cycle()
    {
        var model = ReportModelBuilder.Build(SampleScans.Shop());

        var dsm = model.NamespaceDsm;
        Assert.Equal(["Billing", "Common", "Data", "Orders", "Orders", string.Empty], dsm.Groups);
        var orders = dsm.Names.ToList().IndexOf("Shop.Orders");
        var billing = dsm.Names.ToList().IndexOf("Shop.Billing");
        Assert.Contains(dsm.Cyclic, c => c[0] == orders && c[1] == billing);
        Assert.Contains(dsm.Cyclic, c => c[0] == billing && c[1] == orders);
    }

    private static string Write(ReportData data)
    {
        using var writer = new StringWriter();
        HtmlReportWriter.Write(data, writer);
        return writer.ToString();
    }

    [GeneratedRegex("<script[ >]", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOpen();

    [GeneratedRegex("""(src|href)\s*=\s*["']?(https?:|//)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
