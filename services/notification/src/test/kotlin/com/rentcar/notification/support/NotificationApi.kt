package com.rentcar.notification.support

import org.assertj.core.api.Assertions.assertThat
import tools.jackson.databind.JsonNode
import tools.jackson.databind.json.JsonMapper
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration

/** Talks to the running service over real HTTP, as the gateway would. */
class NotificationApi(private val port: Int) {

    fun get(path: String, token: String?): HttpResponse<String> = send(request(path, token).GET().build())

    fun post(path: String, token: String?): HttpResponse<String> =
        send(request(path, token).POST(HttpRequest.BodyPublishers.noBody()).build())

    private fun request(path: String, token: String?): HttpRequest.Builder {
        val builder = HttpRequest.newBuilder(URI.create("http://localhost:$port$path")).timeout(Duration.ofSeconds(10))
        token?.let { builder.header("Authorization", "Bearer $it") }
        return builder
    }

    private fun send(request: HttpRequest): HttpResponse<String> =
        CLIENT.send(request, HttpResponse.BodyHandlers.ofString())

    companion object {
        val JSON: JsonMapper = JsonMapper.builder().build()
        private val CLIENT: HttpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()

        /** The body of a 200 answer. */
        fun ok(response: HttpResponse<String>): JsonNode {
            assertThat(response.statusCode()).describedAs(response.body()).isEqualTo(200)
            return JSON.readTree(response.body())
        }

        /** Checks that the answer is a problem+json with this status. */
        fun assertProblem(response: HttpResponse<String>, status: Int) {
            assertThat(response.statusCode()).describedAs(response.body()).isEqualTo(status)
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying {
                assertThat(it).startsWith("application/problem+json")
            }
            assertThat(JSON.readTree(response.body()).path("status").asInt()).isEqualTo(status)
        }
    }
}
