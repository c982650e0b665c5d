using System.Text.Json.Nodes;
using Modernize.Testing;

namespace Modernize.Cli.Tests.Scan;

/// <summary>
/// The two-project shop the rescan tests edit (App references Core), and how they compare the JSON of two scans of it.
/// </summary>
internal static class TwoProjectShop
{
    /// <summary>A body edit of <c>Core/Basket.cs</c>: a loop inside <c>Total</c>, no signature changed.</summary>
    public const string BasketWithLoop = "namespace Core; public sealed class Basket { public decimal Total(Price price) { var sum = 0m; for (var i = 0; i < 3; i++) { sum += price.Net(i); } return sum; } }";

    /// <summary>Writes Core (Price, Basket), App (Till, referencing Core) and Shop.slnx into <paramref name="repo"/>, uncommitted.</summary>
    public static void Write(GitRepository repo)
    {
        ArgumentNullException.ThrowIfNull(repo);
        repo.Write("Core/Core.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        repo.Write("Core/Price.cs", "namespace Core; public sealed class Price { public decimal Net(decimal gross) => gross / 1.2m; }");
        repo.Write("Core/Basket.cs", "namespace Core; public sealed class Basket { public decimal Total(Price price) { return price.Net(10m); } }");
        repo.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup><ItemGroup><ProjectReference Include=\"../Core/Core.csproj\" /></ItemGroup></Project>");
        repo.Write("App/Till.cs", "namespace App; public sealed class Till { public decimal Ring() => new Core.Basket().Total(new Core.Price()); }");
        repo.Write("Shop.slnx", "<Solution><Project Path=\"Core/Core.csproj\" /><Project Path=\"App/App.csproj\" /></Solution>");
    }

    /// <summary>The scan JSON at <paramref name="path"/> without what differs between any two scans: the scan section and the autonomy window (both hold the start time).</summary>
    public static string ComparableJson(string path)
    {
        var json = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        json.Remove("scan");
        if (json["autonomy"] is JsonObject autonomy)
        {
            autonomy.Remove("from");
            autonomy.Remove("to");
        }

        return json.ToJsonString();
    }
}
