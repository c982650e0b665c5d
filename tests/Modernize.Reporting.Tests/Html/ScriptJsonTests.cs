using System.Text.Json;
using Modernize.Reporting.Html;

namespace Modernize.Reporting.Tests.Html;

public sealed class ScriptJsonTests
{
    [Fact]
    public void Characters_that_could_end_a_script_element_are_escaped_and_the_text_round_trips()
    {
        var hostile = "</script><!-- & \u2028\u2029 \\\"<x>";

        var json = ScriptJson.Serialize(new { Name = hostile });

        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.DoesNotContain('&', json);
        Assert.DoesNotContain('\u2028', json);
        Assert.DoesNotContain('\u2029', json);
        Assert.Equal(hostile, JsonDocument.Parse(json).RootElement.GetProperty("name").GetString());
    }
}
