using System.Text.Json;
using System.Text.Json.Nodes;

namespace Tsunagu.Web.OpenData.Api;

/// <summary>An expected CKAN error: the HTTP status, CKAN's __type and the rest of the error object.</summary>
public sealed record CkanError(int Status, string Type, IReadOnlyDictionary<string, object> Fields)
{
    public static CkanError NotFound(string message = "Not found") => new(404, "Not Found Error", new Dictionary<string, object> { ["message"] = message });

    /// <summary>CKAN's field errors: {"rows": ["Invalid integer"]}, answered 409.</summary>
    public static CkanError Validation(string field, string message) =>
        new(409, "Validation Error", new Dictionary<string, object> { [field] = new[] { message } });

    public static CkanError Search(string message) => new(409, "Search Error", new Dictionary<string, object> { ["message"] = message });

    public static CkanError BadRequest(string type, string message) => new(400, type, new Dictionary<string, object> { ["message"] = message });
}

/// <summary>What an action answers: a result, or an error.</summary>
public sealed record CkanOutcome(object? Result, CkanError? Error)
{
    public static implicit operator CkanOutcome(CkanError error) => new(null, error);

    public static CkanOutcome Ok(object? result) => new(result, null);
}

/// <summary>
/// The read-only part of the CKAN Action API (v3) at /api/3/action/{name}, so that CKAN harvesters, the national
/// catalogue and existing client libraries read the town's catalogue unchanged. GET with query parameters, or POST JSON.
/// </summary>
internal static class CkanApi
{
    private static readonly JsonSerializerOptions s_json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void MapCkanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/3/action").RequireRateLimiting(OpenDataModule.RateLimit).DisableAntiforgery().WithTags("CKAN");
        api.MapMethods("/{action}", [HttpMethods.Get, HttpMethods.Post], HandleAsync);
    }

    private static async Task<IResult> HandleAsync(string action, HttpContext http, CkanActions actions, CancellationToken ct)
    {
        var help = $"{http.Request.Scheme}://{http.Request.Host}/api/3/action/help_show?name={action}";
        // Open data is read from other sites' pages too (maps, dashboards), so any origin may call the read-only API.
        http.Response.Headers.AccessControlAllowOrigin = "*";
        var (parameters, bad) = await ReadParametersAsync(http, ct);
        var outcome = bad is not null ? bad
            : !CkanActions.Has(action) ? CkanError.BadRequest("Bad request - Action name not known", $"Action name not known: {action}")
            : await actions.RunAsync(action, parameters, $"{http.Request.Scheme}://{http.Request.Host}", ct);
        if (outcome.Error is not { } error)
        {
            return Envelope(help, 200, new Dictionary<string, object?> { ["success"] = true, ["result"] = outcome.Result });
        }
        var body = new Dictionary<string, object> { ["__type"] = error.Type };
        foreach (var (key, value) in error.Fields)
        {
            body[key] = value;
        }
        return Envelope(help, error.Status, new Dictionary<string, object?> { ["success"] = false, ["error"] = body });
    }

    private static IResult Envelope(string help, int status, Dictionary<string, object?> body)
    {
        var ordered = new Dictionary<string, object?> { ["help"] = help };
        foreach (var (key, value) in body)
        {
            ordered[key] = value;
        }
        return Results.Json(ordered, s_json, "application/json; charset=utf-8", status);
    }

    /// <summary>Query parameters, overlaid by the fields of a JSON object body (as CKAN merges them).</summary>
    private static async Task<(Dictionary<string, string> Parameters, CkanError? Error)> ReadParametersAsync(HttpContext http, CancellationToken ct)
    {
        var parameters = http.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.ContentLength is > 0 && http.Request.HasJsonContentType())
        {
            JsonNode? body;
            try
            {
                body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: ct);
            }
            catch (JsonException)
            {
                return (parameters, CkanError.BadRequest("Bad request - JSON Error", "Could not parse the JSON body"));
            }
            if (body is not JsonObject fields)
            {
                return (parameters, CkanError.BadRequest("Bad request - JSON Error", "Request data JSON decoded to a non-dict"));
            }
            foreach (var (key, value) in fields)
            {
                parameters[key] = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? "";
            }
        }
        return (parameters, null);
    }
}
