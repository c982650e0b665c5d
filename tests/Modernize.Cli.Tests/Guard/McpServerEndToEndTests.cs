using System.Security.Cryptography;
using System.Text.Json;
using Modernize.Cli.Tests.EndToEnd;
using Modernize.Cli.Tests.Safety;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace Modernize.Cli.Tests.Guard;

/// <summary>
/// <c>modernize mcp</c> as a real child process, driven by the official SDK's client over stdio, on the stored scan of
/// legacy-shop: what a coding agent sees. The scanned tree and the store must be untouched afterwards.
/// </summary>
[Collection(LegacyShopScans.Name)]
public sealed class McpServerEndToEndTests(LegacyShopScan shop)
{
    /// <summary>A change that crosses cell boundaries: Catalog starts using Ordering, and the Platform tissue starts using an Ordering type.</summary>
    public const string BoundaryBreakingDiff = """
        diff --git a/Shop.Business/Catalog/CatalogService.cs b/Shop.Business/Catalog/CatalogService.cs
        --- a/Shop.Business/Catalog/CatalogService.cs
        +++ b/Shop.Business/Catalog/CatalogService.cs
        @@ -31,2 +31,7 @@ namespace Shop.Business.Catalog
                 }
         
        +        public bool IsOrdered(int productId)
        +        {
        +            return new Shop.Business.Ordering.OrderService().HasOrdersFor(productId);
        +        }
        +
        diff --git a/Shop.Common/Clock.cs b/Shop.Common/Clock.cs
        --- a/Shop.Common/Clock.cs
        +++ b/Shop.Common/Clock.cs
        @@ -11,1 +11,2 @@ namespace Shop.Common
         
        +        public static Shop.Business.Ordering.OrderStatus DefaultStatus;
        """;

    [Fact]
    public async Task An_agent_initialises_lists_the_tools_calls_each_and_gets_clear_errors_and_nothing_is_written()
    {
        var tree = TreeSnapshot.Take(shop.Folder);
        var store = Hash(shop.Database);

        await using (var client = await Connect())
        {
            Assert.Equal("modernize", client.ServerInfo?.Name);

            var tools = await client.ListToolsAsync();
            Assert.Equal(["cell_interface", "cell_of", "check_change", "may_depend", "violations"], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
            Assert.All(tools, t => Assert.False(string.IsNullOrWhiteSpace(t.Description)));
            Assert.Equal(["path"], Arguments(tools, "cell_of"));
            Assert.Equal(["from", "to"], Arguments(tools, "may_depend"));
            Assert.Equal(["diff", "files"], Arguments(tools, "check_change"));
            Assert.Equal(["cell"], Arguments(tools, "cell_interface"));
            Assert.Equal(["cell"], Arguments(tools, "violations"));

            var cellOf = await Call(client, "cell_of", new() { ["path"] = "Shop.Business/Ordering/OrderService.cs" });
            var match = cellOf.GetProperty("matches")[0];
            Assert.Equal(("Shop.Business.Ordering.OrderService", "Ordering", "cell", "team-checkout"),
                (match.GetProperty("type").GetString(), match.GetProperty("element").GetString(), match.GetProperty("kind").GetString(), match.GetProperty("owner").GetString()));
            Assert.Contains("Shop.*.Ordering*", match.GetProperty("why").GetString(), StringComparison.Ordinal);

            var mayDepend = await Call(client, "may_depend", new() { ["from"] = "Shop.Common.Clock", ["to"] = "cell:Ordering" });
            Assert.False(mayDepend.GetProperty("allowed").GetBoolean());
            Assert.Equal("tissue-knows-no-cell", mayDepend.GetProperty("brokenRules")[0].GetProperty("ruleId").GetString());
            var sameCell = await Call(client, "may_depend", new() { ["from"] = "Shop.Business.Ordering.OrderService", ["to"] = "Shop.Data.Entities.Order" });
            Assert.True(sameCell.GetProperty("allowed").GetBoolean());

            var change = await Call(client, "check_change", new() { ["diff"] = BoundaryBreakingDiff });
            var added = change.GetProperty("newCrossCellDependencies").EnumerateArray()
                .Select(d => $"{d.GetProperty("fromElement").GetString()} -> {d.GetProperty("toElement").GetString()} at {d.GetProperty("at").GetString()}").ToList();
            Assert.Contains("Catalog -> Ordering at Shop.Business/Catalog/CatalogService.cs:35", added);
            Assert.Contains("Platform -> Ordering at Shop.Common/Clock.cs:12", added);
            var broken = change.GetProperty("brokenRules").EnumerateArray().Select(b => (b.GetProperty("ruleId").GetString(), b.GetProperty("at").GetString())).ToList();
            Assert.Contains(("tissue-knows-no-cell", "Shop.Common/Clock.cs:12"), broken);
            Assert.Contains(("no-cycles-between-cells", "Shop.Business/Catalog/CatalogService.cs:35"), broken);
            Assert.Equal(["team-catalog", "team-checkout"], change.GetProperty("ownersToInvolve").EnumerateArray().Select(o => o.GetString()));
            Assert.Equal(["cell:Catalog", "tissue:Platform"], change.GetProperty("cellsTouched").EnumerateArray().Select(o => o.GetString()));

            var surface = await Call(client, "cell_interface", new() { ["cell"] = "Catalog" });
            Assert.NotEmpty(surface.GetProperty("interface").EnumerateArray());
            Assert.All(surface.GetProperty("interface").EnumerateArray(), t => Assert.True(t.GetProperty("usedBy")[0].TryGetProperty("element", out var e) is var has && (!has || e.GetString() != "Catalog"), surface.ToString()));

            var all = await Call(client, "violations", []);
            var billing = await Call(client, "violations", new() { ["cell"] = "Billing" });
            Assert.True(all.GetProperty("total").GetInt32() > billing.GetProperty("total").GetInt32());
            Assert.True(billing.GetProperty("total").GetInt32() > 0);

            var resources = await client.ListResourcesAsync();
            Assert.Contains(resources, r => r.Uri == "modernize://product-map");
            var map = await client.ReadResourceAsync("modernize://product-map");
            Assert.Contains("\"tissue-knows-no-cell\"", Assert.IsType<TextResourceContents>(map.Contents[0]).Text, StringComparison.Ordinal);
            var cell = await client.ReadResourceAsync("modernize://cells/Billing");
            Assert.Contains("Shop.Business.Billing.InvoiceCalculator", Assert.IsType<TextResourceContents>(cell.Contents[0]).Text, StringComparison.Ordinal);

            var unknown = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("cell_interface", new Dictionary<string, object?> { ["cell"] = "Shipping" }).AsTask());
            Assert.Equal(McpErrorCode.InvalidParams, unknown.ErrorCode);
            Assert.Contains("'Shipping' is not a declared cell or tissue (declared: Catalog, Ordering, Customers, Billing, Platform)", unknown.Message, StringComparison.Ordinal);
            var notADiff = await Assert.ThrowsAsync<McpProtocolException>(() => client.CallToolAsync("check_change", new Dictionary<string, object?> { ["diff"] = "hello" }).AsTask());
            Assert.Contains("not a unified diff", notADiff.Message, StringComparison.Ordinal);

            // The server is still there after the errors.
            Assert.Equal("Platform", (await Call(client, "cell_of", new() { ["path"] = "Shop.Common.Clock" })).GetProperty("matches")[0].GetProperty("element").GetString());
        }

        Assert.Equal(tree, TreeSnapshot.Take(shop.Folder));
        Assert.Equal(store, Hash(shop.Database));
    }

    private Task<McpClient> Connect() => McpClient.CreateAsync(new StdioClientTransport(new StdioClientTransportOptions
    {
        Name = "modernize",
        Command = ProcessCli.Dotnet,
        Arguments = [ProcessCli.Dll, "mcp", shop.Entry, "--db", shop.Database],
        WorkingDirectory = shop.Folder,
    }));

    private static async Task<JsonElement> Call(McpClient client, string tool, Dictionary<string, object?> arguments)
    {
        var result = await client.CallToolAsync(tool, arguments);
        var text = Assert.IsType<TextContentBlock>(Assert.Single(result.Content)).Text;
        Assert.True(result.IsError != true, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static IEnumerable<string> Arguments(IList<McpClientTool> tools, string name) =>
        tools.Single(t => t.Name == name).JsonSchema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

    private static string Hash(string file) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
}
