# The `graph` command line (ingest, serve) in a container; docker-compose.yml runs it against Neo4j.
# Pinned to the patch releases the project is built and tested with (SDK 10.0.401, runtime 10.0.12); bump deliberately.
FROM mcr.microsoft.com/dotnet/sdk:10.0.401 AS build
# Node builds the explorer's front end during the web project's build (without it the API still works).
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Graph.Cli/Graph.Cli.csproj --configuration Release --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12
WORKDIR /app
COPY --from=build /app .
# Listen on every interface inside the container; docker-compose.yml publishes the port.
ENV ASPNETCORE_URLS=http://0.0.0.0:5080 \
    DOTNET_NOLOGO=1
EXPOSE 5080
# The image's unprivileged 'app' user (APP_UID): the server never runs as root. It may write only /data, where
# the SQLite store goes when the container runs without Neo4j.
RUN mkdir /data && chown "$APP_UID" /data
ENV GRAPH_DB=/data/graph.db
USER $APP_UID
ENTRYPOINT ["dotnet", "graph.dll"]
CMD ["serve", "--urls", "http://0.0.0.0:5080"]
