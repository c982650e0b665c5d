using Modernize.Extraction.Tests.Support;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Tests;

/// <summary>HTTP calls inside the solution drawn as <see cref="DependencyKind.HttpEndpoint"/> wiring from the caller to the endpoint type it reaches.</summary>
public sealed class HttpEndpointTests
{
    private const string AspNetCore = """
        using System;
        namespace Microsoft.AspNetCore.Mvc
        {
            public class ControllerBase { }
            [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
            public sealed class RouteAttribute : Attribute { public RouteAttribute(string template) { } }
            public sealed class HttpGetAttribute : Attribute { public HttpGetAttribute() { } public HttpGetAttribute(string template) { } }
            public sealed class HttpPostAttribute : Attribute { public HttpPostAttribute() { } public HttpPostAttribute(string template) { } }
        }

        namespace Microsoft.AspNetCore.Routing
        {
            public interface IEndpointRouteBuilder { }
            public sealed class RouteGroupBuilder : IEndpointRouteBuilder { }
            public static class EndpointRouteBuilderExtensions
            {
                public static RouteGroupBuilder MapGroup(this IEndpointRouteBuilder endpoints, string prefix) => new();
                public static IEndpointRouteBuilder MapGet(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => endpoints;
                public static IEndpointRouteBuilder MapPost(this IEndpointRouteBuilder endpoints, string pattern, Delegate handler) => endpoints;
                public static RouteGroupBuilder WithTags(this RouteGroupBuilder group, string tag) => group;
            }
        }
        """;

    private const string Api = """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.AspNetCore.Routing;
        namespace Shop.Api
        {
            [Route("api/[controller]")]
            public class OrdersController : ControllerBase
            {
                [HttpGet("{id:int}")] public string Get(int id) => "";
                [HttpPost] public void Place(string order) { }
            }

            public class RefundsController : ControllerBase
            {
                [HttpPost("/api/refunds/{orderId}")] public void Refund(int orderId) { }
            }

            public static class CatalogApi
            {
                public static void Map(IEndpointRouteBuilder app)
                {
                    var api = app.MapGroup("api/catalog").WithTags("Catalog");
                    api.MapGet("/items", () => "");
                    api.MapGet("/items/{id}", (int id) => "");
                }
            }

            /// <summary>Paths a client project may borrow: declared in another project's source, so not followed.</summary>
            public static class ApiPaths
            {
                public static readonly string Basket = "api/basket/items";
            }

            public static class BasketApi
            {
                public static void Map(IEndpointRouteBuilder app) => app.MapGroup("api/basket").MapGet("items", () => "");
            }
        }
        """;

    private const string Web = """
        using System.Net.Http;
        using System.Threading.Tasks;
        namespace Shop.Web
        {
            public sealed class CatalogClient(HttpClient http)
            {
                private readonly string baseUrl = "api/catalog/";
                public Task<string> Items(int page) => http.GetStringAsync($"{baseUrl}items?page={page}");
                public Task<string> Item(int id)
                {
                    var uri = $"{baseUrl}items/{id}";
                    return http.GetStringAsync(uri);
                }
            }

            public sealed class OrderClient(HttpClient http)
            {
                public Task<string> Order(int id) => http.GetStringAsync("/api/Orders/" + id);
                public Task Place() => http.PostAsync("api/orders", null);
                public Task Refund(int id) => http.PostAsync($"https://shop.example.com/api/refunds/{id}", null);
            }

            /// <summary>A wrapper of its own, as Blazor front ends write them: the parameter's name says it takes a URL.</summary>
            public sealed class ApiService(HttpClient http)
            {
                public Task<string> HttpGet(string uri) => http.GetStringAsync(uri);
            }

            public sealed class BasketPage(ApiService api)
            {
                public Task<string> Load() => api.HttpGet("basket/items");
            }

            public sealed class Noise
            {
                public string Log(string message) => message;
                public void Run()
                {
                    Log("items");
                    Log("fetched api/catalog items");
                    System.IO.Path.Combine("api", "catalog/items");
                    new HttpClient().GetStringAsync("items");
                    new HttpClient().GetStringAsync(Shop.Api.ApiPaths.Basket);
                }
            }
        }
        """;

    /// <summary>A client whose base path is a read-only field of another file of its project.</summary>
    private const string WebPaths = """
        namespace Shop.Web
        {
            public static class Routes
            {
                public static readonly string Refunds = "/api/refunds/";
            }

            public sealed class RefundClient(System.Net.Http.HttpClient http)
            {
                public System.Threading.Tasks.Task Refund(int id) => http.PostAsync(Routes.Refunds + id, null);
            }
        }
        """;

    private const string VisualBasicClient = """
        Imports System.Net.Http
        Namespace Legacy
            Public NotInheritable Class OrderLookup
                Private ReadOnly http As New HttpClient()
                Public Function Find(id As Integer) As Task(Of String)
                    Return http.GetStringAsync("/api/orders/" & id)
                End Function
            End Class
        End Namespace
        """;

    [Fact]
    public async Task Calls_reach_the_endpoint_types_their_paths_match()
    {
        var graph = await ExtractAsync();

        Assert.Equal(["Shop.Api.CatalogApi"], Targets(graph, "Shop.Web.CatalogClient"));
        Assert.Equal(["Shop.Api.OrdersController", "Shop.Api.RefundsController"], Targets(graph, "Shop.Web.OrderClient"));
        Assert.Equal(["Shop.Api.BasketApi"], Targets(graph, "Shop.Web.BasketPage"));
        Assert.Equal(["Shop.Api.OrdersController"], Targets(graph, "Legacy.OrderLookup"));
        Assert.Equal(["Shop.Api.RefundsController"], Targets(graph, "Shop.Web.RefundClient"));
        var edge = Assert.Single(graph.Wiring, d => d.From == "Shop.Web.BasketPage");
        Assert.Equal(DependencyKind.HttpEndpoint, Assert.Single(edge.Kinds).Key);
        Assert.Equal(new SourceLocation("Web/Web.cs", 31), Assert.Single(edge.Samples));

        // Free text, paths handed to the file system, a lone segment that two services serve, and a path held by another
        // project's field (its compilation is not at hand: followed, it threw) reach nothing.
        Assert.Empty(Targets(graph, "Shop.Web.Noise"));
        Assert.Empty(Targets(graph, "Shop.Web.ApiService"));
        Assert.DoesNotContain(graph.Dependencies, d => d.Kinds.ContainsKey(DependencyKind.HttpEndpoint));
    }

    private static List<string> Targets(CodeGraph graph, string from) =>
        [.. graph.Wiring.Where(d => d.From == from && d.Kinds.ContainsKey(DependencyKind.HttpEndpoint)).Select(d => d.To).Order(StringComparer.Ordinal)];

    private static async Task<CodeGraph> ExtractAsync()
    {
        var solution = new TestSolution();
        var api = solution.AddProject("Api", [("Api/Api.cs", Api)], references: [StubAssembly.Compile("AspNetCore", AspNetCore)]);
        solution.AddProject("Web", [("Web/Web.cs", Web), ("Web/Routes.cs", WebPaths)], projectReferences: [api]);
        solution.AddProject("Legacy", [("Legacy/OrderLookup.vb", VisualBasicClient)], language: Microsoft.CodeAnalysis.LanguageNames.VisualBasic);
        using var workspace = solution.Load();
        return await TestSolution.ExtractAsync(workspace);
    }
}
