namespace Modernize.Reporting.Tests.Html;

public sealed class WriteSampleTests
{
    [Fact]
    [Trait("Category", "Manual")]
    public void Writes_the_sample_reports_where_MODERNIZE_SAMPLE_DIR_points()
    {
        var folder = Environment.GetEnvironmentVariable("MODERNIZE_SAMPLE_DIR");
        if (folder is null)
        {
            return;
        }

        HtmlReportWriter.Write(SampleScans.Shop(), Path.Combine(folder, "shop.html"));
        HtmlReportWriter.Write(SampleScans.HostileShop(), Path.Combine(folder, "hostile.html"));
    }
}
